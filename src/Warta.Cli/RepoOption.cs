using System.CommandLine;

namespace Warta.Cli;

/// <summary>The <c>--repo DIR</c> option of the eval commands, which read gold sets under eval/ and corpora
/// from ../shared next to the repository.</summary>
internal static class RepoOption
{
    public static Option<string?> Create() =>
        new("--repo") { Description = "Repository root (default: found upward from the current folder)." };

    /// <summary>The repository root given or found upward from the current folder; null after telling the
    /// user how to fix it.</summary>
    public static string? Resolve(ParseResult parse, Option<string?> repo, string command)
    {
        var root = parse.GetValue(repo) ?? Warta.Evaluation.RepoLocator.FindRepoRoot(Directory.GetCurrentDirectory());
        if (root is null)
            Console.Error.WriteLine($"warta {command}: run it inside the repository (no Warta.sln found upward) or pass --repo DIR.");
        return root;
    }
}

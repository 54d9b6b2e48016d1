using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;

namespace Warta.Engine;

/// <summary>
/// Runs <c>work</c> over a stream of inputs on several threads and hands the results to <c>consume</c> on the
/// calling thread IN INPUT ORDER, so a batch run on N threads writes exactly what a run on one thread writes.
/// One reader thread enumerates the inputs (a folder walk, a JSONL stream on standard input) into a bounded
/// queue, so memory stays flat however long the stream; the workers take from it; the caller waits for each
/// result in turn. With one thread everything runs inline on the caller, as a plain loop.
/// </summary>
/// <remarks>An exception thrown by <c>work</c> is rethrown on the caller when that input's turn comes (callers that
/// want a per-input error catch inside <c>work</c>); one thrown while enumerating the inputs is rethrown after the
/// inputs read before it were consumed. The shared <c>work</c> must be safe to call from several threads at once.</remarks>
public static class OrderedParallel
{
    public static void Run<TIn, TOut>(IEnumerable<TIn> inputs, int threads, Func<TIn, TOut> work, Action<TIn, TOut> consume)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(threads, 1);
        if (threads == 1)
        {
            foreach (var input in inputs) consume(input, work(input));
            return;
        }
        // a few inputs per worker in flight: enough to keep every worker busy while the caller waits for a slow one
        int bound = 4 * threads;
        // not disposed: after a failure the reader and workers may still touch them while they run out
        var inOrder = new BlockingCollection<Slot<TIn, TOut>>(bound);
        var todo = new BlockingCollection<Slot<TIn, TOut>>(bound);
        var stop = new CancellationTokenSource();
        Exception? readError = null;
        var reader = new Thread(() =>
        {
            try
            {
                foreach (var input in inputs)
                {
                    var slot = new Slot<TIn, TOut>(input);
                    inOrder.Add(slot, stop.Token);
                    todo.Add(slot, stop.Token);
                }
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested) { }
            catch (Exception e) { readError = e; }
            finally
            {
                inOrder.CompleteAdding();
                todo.CompleteAdding();
            }
        }) { IsBackground = true, Name = "warta-reader" };
        var workers = new Thread[threads];
        for (int k = 0; k < threads; k++)
        {
            workers[k] = new Thread(() =>
            {
                foreach (var slot in todo.GetConsumingEnumerable())
                {
                    // after a failure on the caller's side nothing more is wanted: the remaining inputs are only drained
                    if (!stop.IsCancellationRequested)
                    {
                        try { slot.Result = work(slot.Input); }
                        catch (Exception e) { slot.Error = ExceptionDispatchInfo.Capture(e); }
                    }
                    slot.Done.Set();
                }
            }) { IsBackground = true, Name = $"warta-worker-{k + 1}" };
        }
        reader.Start();
        foreach (var w in workers) w.Start();
        try
        {
            foreach (var slot in inOrder.GetConsumingEnumerable())
            {
                slot.Done.Wait();
                slot.Done.Dispose();
                slot.Error?.Throw();
                consume(slot.Input, slot.Result!);
            }
            reader.Join();
            foreach (var w in workers) w.Join();
            if (readError is not null) ExceptionDispatchInfo.Throw(readError);
        }
        finally
        {
            // on an exception: unblock the reader (it stops adding) and let the workers run out
            stop.Cancel();
        }
    }

    private sealed class Slot<TIn, TOut>(TIn input)
    {
        public TIn Input { get; } = input;
        public TOut? Result { get; set; }
        public ExceptionDispatchInfo? Error { get; set; }
        public ManualResetEventSlim Done { get; } = new(false);
    }
}

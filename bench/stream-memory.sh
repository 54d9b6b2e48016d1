#!/usr/bin/env bash
# Peak memory of `warta analyze -` on a long JSONL stream: generates ~SIZE_MB of synthetic
# Indonesian-like articles (made up here from a small word list, no corpus text), pipes them through the
# published program and reports the peak resident set size from /usr/bin/time -v. Target: < 200 MB.
# Usage: bench/stream-memory.sh [SIZE_MB]   (default 1024; needs /usr/bin/time: apt-get install time)
set -euo pipefail
cd "$(dirname "$0")/.."
size_mb=${1:-1024}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
if [ ! -x /usr/bin/time ]; then echo "stream-memory: /usr/bin/time is missing; install it with: apt-get install time" >&2; exit 2; fi

echo "publishing warta (Release) ..." >&2
dotnet publish src/Warta.Cli -c Release -o "$work/warta" --nologo -v quiet >&2

generate() {
  awk -v target=$((size_mb * 1024 * 1024)) 'BEGIN {
    srand(42);
    n = split("pemerintah menteri presiden warga kota desa polisi tentara rapat kunjungan bantuan kerja sama " \
      "perjanjian perdagangan ekonomi harga beras minyak sekolah rumah sakit jalan jembatan banjir gempa " \
      "pemilu partai dewan komisi laporan pernyataan keputusan rencana program anggaran pekan bulan tahun", noun, " ");
    m = split("mengatakan menyatakan mengumumkan membahas menolak menerima mendukung mengkritik meminta " \
      "menandatangani mengunjungi membangun memperbaiki menunda membuka menutup", verb, " ");
    k = split("Jakarta Surabaya Bandung Medan Makassar Jokowi Prabowo Sri Mulyani Retno Marsudi ASEAN PBB NATO Rusia " \
      "Amerika Serikat Tiongkok Jepang Australia Malaysia Singapura", name, " ");
    total = 0; id = 0;
    while (total < target) {
      id++;
      title = name[int(rand()*k)+1] " " verb[int(rand()*m)+1] " " noun[int(rand()*n)+1] " " noun[int(rand()*n)+1];
      text = "";
      paragraphs = 3 + int(rand()*6);
      for (p = 0; p < paragraphs; p++) {
        if (p > 0) text = text "\\n\\n";
        sentences = 1 + int(rand()*3);
        for (s = 0; s < sentences; s++) {
          sentence = name[int(rand()*k)+1] " pada Senin (" (1+int(rand()*28)) "/" (1+int(rand()*12)) ") " verb[int(rand()*m)+1];
          words = 6 + int(rand()*14);
          for (w = 0; w < words; w++) sentence = sentence " " noun[int(rand()*n)+1];
          text = text (s > 0 ? " " : "") sentence ".";
        }
      }
      line = "{\"id\":\"syn-" id "\",\"title\":\"" title "\",\"published\":\"2021-10-" sprintf("%02d", 1+int(rand()*28)) "\",\"text\":\"" text "\"}";
      print line;
      total += length(line) + 1;
    }
  }'
}

# Baseline: one short article, so the growth due to the stream itself is visible beside the data's footprint.
echo '{"text":"Presiden meresmikan jembatan baru di Jakarta pada Senin."}' \
  | /usr/bin/time -v -o "$work/baseline.txt" "$work/warta/warta" analyze - >/dev/null
baseline_kb=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$work/baseline.txt")

echo "streaming ~${size_mb} MB of JSONL through warta analyze - ..." >&2
start=$(date +%s)
generate | /usr/bin/time -v -o "$work/time.txt" "$work/warta/warta" analyze - 2>"$work/stderr.txt" | wc -l >"$work/count.txt"
end=$(date +%s)
peak_kb=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$work/time.txt")
status=$(sed -n 's/.*Exit status: //p' "$work/time.txt")
echo "articles written: $(cat "$work/count.txt")"
echo "input size: ~${size_mb} MB, wall time: $((end - start)) s, exit status: ${status}"
echo "peak RSS: $((peak_kb / 1024)) MB (target < 200 MB); one short article alone: $((baseline_kb / 1024)) MB"
if [ -s "$work/stderr.txt" ]; then echo "stderr (first lines):"; head -n 5 "$work/stderr.txt"; fi
[ "$((peak_kb / 1024))" -lt 200 ]

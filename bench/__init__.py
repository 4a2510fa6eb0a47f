"""Speed and memory benchmarks: `python -m bench.throughput | bench.live | bench.soak`."""

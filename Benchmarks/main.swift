// Corpus generator and benchmarks (skeleton; the scale work fills this target).
print("parley benchmarks: not yet written")

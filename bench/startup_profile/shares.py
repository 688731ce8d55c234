"""Inclusive shares of Java methods in MainThreadSampler's samples: the fraction of samples with the method anywhere on
the stack. Arguments: the samples file, then substrings to keep (none: every method among the 400 commonest)."""
import collections
import sys

samples = [line.strip().rstrip(';').split(';') for line in open(sys.argv[1]) if line.strip()]
inclusive = collections.Counter()
for frames in samples:
    inclusive.update(set(frames))
print('%d samples' % len(samples))
for method, count in inclusive.most_common(400):
    if len(sys.argv) < 3 or any(part in method for part in sys.argv[2:]):
        print('%5.1f%%  %s' % (100 * count / len(samples), method))

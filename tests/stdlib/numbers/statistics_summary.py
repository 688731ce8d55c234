"""statistics: central tendency, spread, quantiles, correlation, NormalDist."""
import statistics as st

data = [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]
print(st.mean(data), st.fmean(data), st.median(data), st.median_low([1, 3, 5, 7]), st.median_high([1, 3, 5, 7]))
print(st.mode([1, 1, 2, 3, 3, 3, 4]), st.multimode("aabbbbccddddeeffffgg"))
print(round(st.stdev(data), 6), round(st.pstdev(data), 6), round(st.variance(data), 6), st.pvariance([1, 2, 3, 4]))
print(st.quantiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], n=4), st.quantiles(range(1, 101), n=10, method="inclusive"))
print(st.harmonic_mean([40, 60]), round(st.geometric_mean([54, 24, 36]), 9))
x = [1, 2, 3, 4, 5]
y = [2, 4, 5, 4, 5]
print(st.correlation(x, y), st.covariance(x, y), st.linear_regression(x, y))
nd = st.NormalDist(mu=100, sigma=15)
print(round(nd.cdf(130), 6), round(nd.inv_cdf(0.975), 4), nd.mean, nd.stdev, round(nd.pdf(100), 8))
print(st.NormalDist.from_samples([1, 2, 3, 4, 5]), round(nd.overlap(st.NormalDist(110, 15)), 6))
from fractions import Fraction
from decimal import Decimal
print(st.mean([Fraction(1, 2), Fraction(1, 3)]), st.mean([Decimal("1.1"), Decimal("2.2")]))
try:
    st.mean([])
except st.StatisticsError as e:
    print(e)

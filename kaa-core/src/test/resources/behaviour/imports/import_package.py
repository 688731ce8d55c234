import _pkg_demo.inner
from _pkg_demo import inner, top_value
from _pkg_demo.inner import deep
print(_pkg_demo.inner.deep(), inner is _pkg_demo.inner, top_value, deep())
print(_pkg_demo.__name__, _pkg_demo.inner.__name__, _pkg_demo.inner.__package__)

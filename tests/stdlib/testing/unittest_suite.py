"""unittest: a TestCase with fixtures, assertions, subTest, skips, expected failures, mocks, run programmatically."""
import io
import unittest
from unittest import mock

class Stack:
    def __init__(self):
        self._items = []
    def push(self, x):
        self._items.append(x)
    def pop(self):
        if not self._items:
            raise IndexError("pop from empty stack")
        return self._items.pop()
    def __len__(self):
        return len(self._items)

class StackTest(unittest.TestCase):
    def setUp(self):
        self.stack = Stack()
    def test_push_pop(self):
        self.stack.push(1)
        self.stack.push(2)
        self.assertEqual(self.stack.pop(), 2)
        self.assertEqual(len(self.stack), 1)
    def test_empty_pop(self):
        with self.assertRaisesRegex(IndexError, "empty"):
            self.stack.pop()
    def test_many(self):
        for i in range(3):
            with self.subTest(i=i):
                self.stack.push(i)
                self.assertEqual(len(self.stack), i + 1)
    def test_fails(self):
        self.assertEqual([1, 2, 3], [1, 2, 4])
    def test_errors(self):
        raise RuntimeError("unexpected")
    @unittest.skip("not today")
    def test_skipped(self):
        pass
    @unittest.expectedFailure
    def test_known_bug(self):
        self.assertTrue(False)
    def test_mock(self):
        m = mock.Mock(return_value=42)
        self.assertEqual(m(1, x=2), 42)
        m.assert_called_once_with(1, x=2)
        with mock.patch("builtins.len", return_value=99):
            self.assertEqual(len([]), 99)
    def test_assertions(self):
        self.assertIn(3, [1, 2, 3])
        self.assertIsNone(None)
        self.assertAlmostEqual(0.1 + 0.2, 0.3)
        self.assertCountEqual("abc", "cab")
        self.assertDictEqual({"a": 1}, {"a": 1})
        with self.assertWarns(DeprecationWarning):
            import warnings
            warnings.warn("old", DeprecationWarning)

suite = unittest.defaultTestLoader.loadTestsFromTestCase(StackTest)
print(suite.countTestCases(), sorted(t.id().split(".")[-1] for t in suite))
stream = io.StringIO()
result = unittest.TextTestRunner(stream=stream, verbosity=2).run(suite)
print(result.testsRun, len(result.failures), len(result.errors), len(result.skipped), len(result.expectedFailures))
print(result.wasSuccessful())
for test, trace in result.failures + result.errors:
    print(test.id().split(".")[-1], "->", trace.strip().splitlines()[-1])
for line in stream.getvalue().splitlines():
    if line.endswith(("ok", "FAIL", "ERROR", "expected failure")) or "skipped" in line:
        print(line)

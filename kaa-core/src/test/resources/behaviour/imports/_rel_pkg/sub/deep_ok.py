from ..mod_a import VALUE
WHERE = __name__ + " " + __package__ + " " + VALUE

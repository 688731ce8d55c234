# __init_subclass__: an implicit classmethod called on the parent, with the class keywords
class Plugin:
    registry = []

    def __init_subclass__(cls, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry.append(cls.plugin_name)


class Alpha(Plugin):
    pass


class Beta(Plugin, name="bee"):
    pass


class Gamma(Beta):
    pass


print(Plugin.registry, Gamma.plugin_name)
print(type(Plugin.__dict__["__init_subclass__"]).__name__)
try:
    class Bad(Plugin, unknown=1):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Plain(object, flag=True):
        pass
except TypeError as e:
    print("TypeError:", e)

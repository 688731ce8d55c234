# Members of a group with their own tracebacks, causes, contexts and notes, each inside the group's box
def fail(message):
    raise ValueError(message)


def collect():
    errors = []
    try:
        fail("first")
    except ValueError as e:
        errors.append(e)
    try:
        try:
            fail("inner")
        except ValueError as e:
            raise KeyError("caused") from e
    except KeyError as e:
        e.add_note("a note on the member")
        errors.append(e)
    try:
        try:
            {}["missing"]
        except KeyError:
            fail("during handling")
    except ValueError as e:
        errors.append(e)
    group = ExceptionGroup("collected", errors)
    group.add_note("a note on the group")
    return group


try:
    raise collect()
except ExceptionGroup as g:
    raise RuntimeError("wrapped") from g

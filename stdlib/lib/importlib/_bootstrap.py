"""Module specs and loaders for the modules Coil's importer finds on sys.path
(CPython 3.11's Lib/importlib/_bootstrap.py `ModuleSpec` and
_bootstrap_external.py `SourceFileLoader`, reduced to their data)."""


class ModuleSpec:
    """The import-related facts about a module: its name, loader and origin."""

    def __init__(self, name, loader, *, origin=None, is_package=None):
        self.name = name
        self.loader = loader
        self.origin = origin
        self.submodule_search_locations = [] if is_package else None
        self.loader_state = None
        self.cached = None
        self.has_location = origin is not None

    def __repr__(self):
        args = [f"name={self.name!r}", f"loader={self.loader!r}"]
        if self.has_location:
            args.append(f"origin={self.origin!r}")
        elif self.origin is not None:
            args.append(f"origin={self.origin!r}")
        if self.submodule_search_locations is not None:
            args.append(f"submodule_search_locations={self.submodule_search_locations}")
        return f"{self.__class__.__name__}({', '.join(args)})"

    def __eq__(self, other):
        smsl = self.submodule_search_locations
        try:
            return (self.name == other.name
                    and self.loader == other.loader
                    and self.origin == other.origin
                    and smsl == other.submodule_search_locations
                    and self.has_location == other.has_location)
        except AttributeError:
            return NotImplemented

    @property
    def parent(self):
        """The name of the package the module belongs to."""
        if self.submodule_search_locations is None:
            return self.name.rpartition('.')[0]
        return self.name


ModuleSpec.__module__ = "importlib._bootstrap"


class SourceFileLoader:
    """Loads a module from its .py file."""

    def __init__(self, fullname, path):
        self.name = fullname
        self.path = path

    def __eq__(self, other):
        return (self.__class__ == other.__class__ and
                self.__dict__ == other.__dict__)

    def __hash__(self):
        return hash(self.name) ^ hash(self.path)

    def get_filename(self, name=None):
        return self.path

    def is_package(self, fullname):
        return self.path.rpartition('/')[2] == '__init__.py'


SourceFileLoader.__module__ = "_frozen_importlib_external"


class NamespaceLoader:
    """The loader of a folder without __init__.py."""

    def __init__(self, name, path):
        self._path = path


NamespaceLoader.__module__ = "_frozen_importlib_external"


def _spec_for_path(name, origin, path):
    # Called by the importer (interp/src/vm/import_path.rs) for each module it loads.
    if origin is None:
        spec = ModuleSpec(name, NamespaceLoader(name, path), is_package=True)
        spec.submodule_search_locations = path
        return spec
    spec = ModuleSpec(name, SourceFileLoader(name, origin), origin=origin,
                      is_package=path is not None)
    if path is not None:
        spec.submodule_search_locations = path
    spec.cached = None
    return spec

# An uncaught user exception prints its module-qualified name and its __str__.
class ConfigError(Exception):
    def __str__(self):
        return "bad config: " + self.args[0]
print("before")
raise ConfigError("missing key")

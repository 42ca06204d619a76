from config import load_config
defaults = {"debug": False, "port": 80}
got = load_config("settings.json", defaults)
assert got == {"debug": True, "port": 80}, got
assert defaults == {"debug": False, "port": 80}, defaults
print("check passed")

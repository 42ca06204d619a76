def main():
    pass  # TODO: parse arguments

class Temperature:
    "A temperature stored in degrees Celsius."
    def __init__(self, celsius: float = 0.0):
        self.celsius = celsius

    @property
    def fahrenheit(self) -> float:
        return self.celsius * 9 / 5 + 32

    @fahrenheit.setter
    def fahrenheit(self, value: float):
        self.celsius = value * 5 / 9 - 32

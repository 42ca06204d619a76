import unittest
from temperature import Temperature

class TestTemperature(unittest.TestCase):
    def test_freezing(self):
        t = Temperature(); t.fahrenheit = 32; self.assertAlmostEqual(t.celsius, 0)
    def test_roundtrip(self):
        t = Temperature(37); t.fahrenheit = t.fahrenheit; self.assertAlmostEqual(t.celsius, 37)
    def test_minus40(self):
        t = Temperature(); t.fahrenheit = -40; self.assertAlmostEqual(t.celsius, -40)

def fizzbuzz(n: int) -> list:
    "FizzBuzz strings for 1..n."
    return ["Fizz" * (i % 3 == 0) + "Buzz" * (i % 5 == 0) or str(i) for i in range(1, n + 1)]

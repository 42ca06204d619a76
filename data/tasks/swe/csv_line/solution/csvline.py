import csv

def split_csv_line(line: str) -> list:
    "Fields of one CSV line (double-quoted fields may hold commas and doubled quotes)."
    return next(csv.reader([line]), [""])

def merge_sorted(a: list, b: list) -> list:
    "Linear merge of two ascending lists."
    i = j = 0; out = []
    while i < len(a) and j < len(b):
        if b[j] < a[i]: out.append(b[j]); j += 1
        else: out.append(a[i]); i += 1
    return out + a[i:] + b[j:]

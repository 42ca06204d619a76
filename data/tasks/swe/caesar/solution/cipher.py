def caesar(text: str, shift: int) -> str:
    "Shift ASCII letters by `shift` places, keeping case; other characters unchanged."
    out = []
    for c in text:
        if "a" <= c <= "z": out.append(chr((ord(c) - 97 + shift) % 26 + 97))
        elif "A" <= c <= "Z": out.append(chr((ord(c) - 65 + shift) % 26 + 65))
        else: out.append(c)
    return "".join(out)

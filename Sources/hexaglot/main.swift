print("hexaglot")

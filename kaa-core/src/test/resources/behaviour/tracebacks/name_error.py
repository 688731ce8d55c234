print("ok")
undefined_name

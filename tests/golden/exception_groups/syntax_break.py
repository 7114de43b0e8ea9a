# coil-test: syntax-error
# break cannot leave an except* clause (a loop inside the clause is fine).
for i in range(3):
    try:
        pass
    except* ValueError:
        for j in range(2):
            break
        break

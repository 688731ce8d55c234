# A small n-body simulation: float arithmetic on lists and tuples, unpacking.
def advance(bodies, dt, steps):
    pairs = [(bodies[i], bodies[j]) for i in range(len(bodies)) for j in range(i + 1, len(bodies))]
    for _ in range(steps):
        for (b1, b2) in pairs:
            dx = b1[0] - b2[0]
            dy = b1[1] - b2[1]
            dz = b1[2] - b2[2]
            d2 = dx * dx + dy * dy + dz * dz
            mag = dt / (d2 * d2 ** 0.5)
            m1, m2 = b1[6], b2[6]
            b1[3] -= dx * m2 * mag
            b1[4] -= dy * m2 * mag
            b1[5] -= dz * m2 * mag
            b2[3] += dx * m1 * mag
            b2[4] += dy * m1 * mag
            b2[5] += dz * m1 * mag
        for b in bodies:
            b[0] += dt * b[3]
            b[1] += dt * b[4]
            b[2] += dt * b[5]

bodies = [[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 39.47],
          [4.84, -1.16, -0.10, 0.60, 2.81, -0.02, 0.037],
          [8.34, 4.12, -0.40, -1.01, 1.82, 0.008, 0.011],
          [12.89, -15.11, -0.22, 1.08, 0.86, -0.01, 0.0017],
          [15.37, -25.91, 0.17, 0.97, 0.59, -0.03, 0.002]]
advance(bodies, 0.01, 200000)
print(["%.6f" % b[0] for b in bodies])

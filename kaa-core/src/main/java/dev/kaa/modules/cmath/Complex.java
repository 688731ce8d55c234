package dev.kaa.modules.cmath;

import dev.kaa.objects.Errors;

/**
 * A complex value and the elementary functions on it. The inverse functions use Kahan's square-root forms
 * ("Branch cuts for complex elementary functions", 1987), which put the cuts where CPython documents them and keep
 * signed zeros on them; the trigonometric ones are the hyperbolic ones rotated by i, as in C99 Annex G.
 */
record Complex(double re, double im) {
  private static final double LN2 = Math.log(2);
  /** Beyond this, squares overflow: large-argument forms are used. */
  private static final double LARGE = Math.sqrt(Double.MAX_VALUE) / 4;

  boolean isFinite() { return Double.isFinite(re) && Double.isFinite(im); }

  boolean hasNaN() { return Double.isNaN(re) || Double.isNaN(im); }

  /** {@code result} of a function of {@code arg}, or the error CPython raises for it. */
  static Complex checked(Complex arg, Complex result) {
    if (result.hasNaN() && !arg.hasNaN()) throw Errors.valueError("math domain error");
    if (!result.isFinite() && !result.hasNaN() && arg.isFinite()) throw Errors.overflowError("math range error");
    return result;
  }

  /** Multiplication by i: (re, im) -> (-im, re); and by -i. */
  private Complex timesI() { return new Complex(-im, re); }

  private Complex timesMinusI() { return new Complex(im, -re); }

  Complex sqrt() {
    if (Double.isInfinite(im)) return new Complex(Double.POSITIVE_INFINITY, im);
    if (Double.isNaN(re) || Double.isNaN(im)) {
      if (re == Double.NEGATIVE_INFINITY) return new Complex(Double.NaN, Double.POSITIVE_INFINITY);
      if (re == Double.POSITIVE_INFINITY) return new Complex(re, Double.NaN);
      return new Complex(Double.NaN, Double.NaN);
    }
    if (re == Double.NEGATIVE_INFINITY) return new Complex(0.0, Math.copySign(Double.POSITIVE_INFINITY, im));
    if (re == Double.POSITIVE_INFINITY) return new Complex(re, Math.copySign(0.0, im));
    if (re == 0 && im == 0) return new Complex(0.0, im);
    double ax = Math.abs(re), ay = Math.abs(im);
    double s;
    if (ax < Double.MIN_NORMAL && ay < Double.MIN_NORMAL) {
      double scaledX = Math.scalb(ax, 54), scaledY = Math.scalb(ay, 54);  // subnormal: scaled by an even power of 2
      s = Math.scalb(Math.sqrt((scaledX + Math.hypot(scaledX, scaledY)) / 2), -27);
    } else {
      ax /= 8;
      s = 2 * Math.sqrt(ax + Math.hypot(ax, ay / 8));
    }
    double d = ay / (2 * s);
    return re >= 0 ? new Complex(s, Math.copySign(d, im)) : new Complex(d, Math.copySign(s, im));
  }

  Complex exp() {
    if (Double.isFinite(re) && Double.isFinite(im)) {
      double cos = Math.cos(im), sin = Math.sin(im);
      if (re > 708) {  // exp(re) alone would overflow where the product may not
        double l = Math.exp(re - 1);
        return new Complex(l * cos * Math.E, im == 0 ? im : l * sin * Math.E);
      }
      double l = Math.exp(re);
      return new Complex(l * cos, im == 0 ? im : l * sin);
    }
    if (Double.isNaN(re)) return im == 0 ? new Complex(re, im) : new Complex(Double.NaN, Double.NaN);
    if (Double.isFinite(re)) return new Complex(Double.NaN, Double.NaN);
    if (re < 0) {
      return Double.isFinite(im) ? new Complex(Math.copySign(0.0, Math.cos(im)), Math.copySign(0.0, Math.sin(im)))
          : new Complex(0.0, 0.0);
    }
    if (im == 0) return new Complex(re, im);
    if (Double.isFinite(im)) {
      return new Complex(Math.copySign(re, Math.cos(im)), Math.copySign(re, Math.sin(im)));
    }
    return new Complex(re, Double.NaN);
  }

  Complex log() {
    if (re == 0 && im == 0) throw Errors.valueError("math domain error");
    double ax = Math.abs(re), ay = Math.abs(im);
    double modulusLog;
    if (Double.isInfinite(ax) || Double.isInfinite(ay)) {
      modulusLog = Double.POSITIVE_INFINITY;
    } else if (ax > Double.MAX_VALUE / 4 || ay > Double.MAX_VALUE / 4) {
      modulusLog = Math.log(Math.hypot(ax / 2, ay / 2)) + LN2;
    } else if (ax < Double.MIN_NORMAL && ay < Double.MIN_NORMAL) {
      modulusLog = Math.log(Math.hypot(Math.scalb(ax, 53), Math.scalb(ay, 53))) - 53 * LN2;
    } else {
      double h = Math.hypot(ax, ay);
      if (0.71 <= h && h <= 1.73) {
        double big = Math.max(ax, ay), small = Math.min(ax, ay);
        modulusLog = Math.log1p((big - 1) * (big + 1) + small * small) / 2;
      } else {
        modulusLog = Math.log(h);
      }
    }
    return new Complex(modulusLog, Math.atan2(im, re));
  }

  Complex divide(Complex d) {
    double abs = Math.abs(d.re) + Math.abs(d.im);
    if (abs == 0) throw Errors.valueError("math domain error");
    if (Math.abs(d.re) >= Math.abs(d.im)) {
      double ratio = d.im / d.re, denom = d.re + d.im * ratio;
      return new Complex((re + im * ratio) / denom, (im - re * ratio) / denom);
    }
    double ratio = d.re / d.im, denom = d.re * ratio + d.im;
    return new Complex((re * ratio + im) / denom, (im * ratio - re) / denom);
  }

  Complex sinh() {
    if (Double.isInfinite(re) && Double.isFinite(im) && im != 0) {
      return new Complex(Math.copySign(Double.POSITIVE_INFINITY, Math.cos(im)) * Math.signum(re),
          Math.copySign(Double.POSITIVE_INFINITY, Math.sin(im)));
    }
    if (Math.abs(re) > 708 && Double.isFinite(re)) {
      double half = Math.exp(Math.abs(re) - 1) * Math.E / 2;  // cosh and |sinh| for large x
      return new Complex(Math.copySign(half, re) * Math.cos(im), half * Math.sin(im));
    }
    return new Complex(Math.sinh(re) * Math.cos(im), im == 0 ? im : Math.cosh(re) * Math.sin(im));
  }

  Complex cosh() {
    if (Double.isInfinite(re) && Double.isFinite(im) && im != 0) {
      return new Complex(Math.copySign(Double.POSITIVE_INFINITY, Math.cos(im)),
          Math.copySign(Double.POSITIVE_INFINITY, Math.sin(im)) * Math.signum(re));
    }
    if (im == 0) return new Complex(Math.cosh(re), Math.copySign(0.0, re) * Math.copySign(1.0, im));
    if (Math.abs(re) > 708 && Double.isFinite(re)) {
      double half = Math.exp(Math.abs(re) - 1) * Math.E / 2;
      return new Complex(half * Math.cos(im), Math.copySign(half, re) * Math.sin(im));
    }
    return new Complex(Math.cosh(re) * Math.cos(im), Math.sinh(re) * Math.sin(im));
  }

  Complex tanh() {
    if (Double.isInfinite(re) && Double.isFinite(im)) return new Complex(Math.copySign(1, re), Math.copySign(0.0, Math.sin(2 * im)));
    if (Math.abs(re) > 20) {
      return new Complex(Math.copySign(1, re), 4 * Math.sin(im) * Math.cos(im) * Math.exp(-2 * Math.abs(re)));
    }
    double t = Math.tan(im), beta = 1 + t * t, s = Math.sinh(re), rho = Math.sqrt(1 + s * s);
    double denom = 1 + beta * s * s;
    return new Complex(beta * rho * s / denom, t / denom);
  }

  Complex sin() { return timesI().sinh().timesMinusI(); }

  Complex cos() { return timesI().cosh(); }

  Complex tan() { return timesI().tanh().timesMinusI(); }

  Complex asinh() {
    if (Math.abs(re) > LARGE || Math.abs(im) > LARGE) {
      Complex l = new Complex(Math.abs(re), Math.abs(im)).log();
      double r = l.re + LN2;
      return new Complex(Math.copySign(r, re), Math.copySign(Math.atan2(Math.abs(im), Math.abs(re)), im));
    }
    Complex s1 = new Complex(1 - im, re).sqrt();   // sqrt(1 + iz)
    Complex s2 = new Complex(1 + im, -re).sqrt();  // sqrt(1 - iz)
    return new Complex(asinhReal(s1.im * s2.re - s1.re * s2.im), Math.atan2(im, s1.re * s2.re - s1.im * s2.im));
  }

  Complex asin() {
    Complex r = timesI().asinh();
    return r.timesMinusI();
  }

  Complex acos() {
    if (Math.abs(re) > LARGE || Math.abs(im) > LARGE) {
      Complex l = new Complex(Math.abs(re), Math.abs(im)).log();
      return new Complex(Math.atan2(Math.abs(im), re), -Math.copySign(l.re + LN2, im));
    }
    Complex s1 = new Complex(1 - re, -im).sqrt();  // sqrt(1 - z)
    Complex s2 = new Complex(1 + re, im).sqrt();   // sqrt(1 + z)
    return new Complex(2 * Math.atan2(s1.re, s2.re), asinhReal(s2.re * s1.im - s2.im * s1.re));
  }

  Complex acosh() {
    if (Math.abs(re) > LARGE || Math.abs(im) > LARGE) {
      Complex l = new Complex(re, im).log();
      return new Complex(l.re + LN2, l.im);
    }
    Complex s1 = new Complex(re - 1, im).sqrt();
    Complex s2 = new Complex(re + 1, im).sqrt();
    return new Complex(asinhReal(s1.re * s2.re + s1.im * s2.im), 2 * Math.atan2(s1.im, s2.re));
  }

  Complex atanh() {
    if (re < 0) return new Complex(-re, -im).atanh().negate();
    double ay = Math.abs(im);
    if (re == 1 && ay == 0) throw Errors.valueError("math domain error");
    if (re > LARGE || ay > LARGE) {
      double h = Math.hypot(re / 2, im / 2);
      return new Complex(re / 4 / h / h, -Math.copySign(Math.PI / 2, -im));
    }
    double realPart = Math.log1p(4 * re / ((1 - re) * (1 - re) + ay * ay)) / 4;
    double imagPart = -Math.atan2(-2 * im, (1 - re) * (1 + re) - ay * ay) / 2;
    return new Complex(realPart, imagPart);
  }

  Complex atan() { return timesI().atanh().timesMinusI(); }

  private Complex negate() { return new Complex(-re, -im); }

  /** asinh of a real, exact near zero and for large arguments (Java has no Math.asinh). */
  private static double asinhReal(double x) {
    double a = Math.abs(x);
    double r;
    if (a > 1e8) r = Math.log(a) + LN2;
    else if (a > 2) r = Math.log(2 * a + 1 / (Math.sqrt(x * x + 1) + a));
    else r = Math.log1p(a + x * x / (1 + Math.sqrt(1 + x * x)));
    return Math.copySign(r, x);
  }
}

;; The LSA fit's dense loops in WebAssembly with 128-bit SIMD (two f64 lanes): the sparse products,
;; the small dense products, the Gram matrix, the Gram–Schmidt orthonormalisation and the
;; symmetric eigen solver of a randomized SVD (src/embed/randomized-svd.ts). JavaScript's typed-array loops ran these at about
;; a third of this speed. Assembled into lsa-kernels.wasm by `npm run build:wasm`; the reference
;; JavaScript versions (src/embed/svd-kernels.ts) are what the tests hold these to.
;;
;; Every pointer is a byte offset into the imported memory; matrices are row-major f64 unless
;; said otherwise, and widths are in elements (odd widths are fine: the last element is scalar).
(module
  (import "env" "memory" (memory 1))

  ;; out[0 .. width) += w * x[0 .. width)
  (func $axpy (param $out i32) (param $x i32) (param $w f64) (param $width i32)
    (local $d i32) (local $pairs i32) (local $ws v128)
    (local.set $ws (f64x2.splat (local.get $w)))
    (local.set $pairs (i32.shl (i32.shr_u (local.get $width) (i32.const 1)) (i32.const 4)))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $d) (local.get $pairs)))
        (v128.store (i32.add (local.get $out) (local.get $d))
          (f64x2.add
            (v128.load (i32.add (local.get $out) (local.get $d)))
            (f64x2.mul (local.get $ws) (v128.load (i32.add (local.get $x) (local.get $d))))))
        (local.set $d (i32.add (local.get $d) (i32.const 16)))
        (br $next)))
    (if (i32.and (local.get $width) (i32.const 1))
      (then
        (f64.store (i32.add (local.get $out) (local.get $pairs))
          (f64.add
            (f64.load (i32.add (local.get $out) (local.get $pairs)))
            (f64.mul (local.get $w) (f64.load (i32.add (local.get $x) (local.get $pairs)))))))))

  ;; out[0 .. width) += w0 * x0 + w1 * x1 + w2 * x2 + w3 * x3: one pass over `out` for four rows.
  (func $axpy4 (param $out i32)
      (param $x0 i32) (param $w0 f64) (param $x1 i32) (param $w1 f64)
      (param $x2 i32) (param $w2 f64) (param $x3 i32) (param $w3 f64) (param $width i32)
    (local $d i32) (local $pairs i32) (local $v0 v128) (local $v1 v128) (local $v2 v128) (local $v3 v128)
    (local.set $v0 (f64x2.splat (local.get $w0)))
    (local.set $v1 (f64x2.splat (local.get $w1)))
    (local.set $v2 (f64x2.splat (local.get $w2)))
    (local.set $v3 (f64x2.splat (local.get $w3)))
    (local.set $pairs (i32.shl (i32.shr_u (local.get $width) (i32.const 1)) (i32.const 4)))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $d) (local.get $pairs)))
        (v128.store (i32.add (local.get $out) (local.get $d))
          (f64x2.add
            (v128.load (i32.add (local.get $out) (local.get $d)))
            (f64x2.add
              (f64x2.add
                (f64x2.mul (local.get $v0) (v128.load (i32.add (local.get $x0) (local.get $d))))
                (f64x2.mul (local.get $v1) (v128.load (i32.add (local.get $x1) (local.get $d)))))
              (f64x2.add
                (f64x2.mul (local.get $v2) (v128.load (i32.add (local.get $x2) (local.get $d))))
                (f64x2.mul (local.get $v3) (v128.load (i32.add (local.get $x3) (local.get $d))))))))
        (local.set $d (i32.add (local.get $d) (i32.const 16)))
        (br $next)))
    (if (i32.and (local.get $width) (i32.const 1))
      (then
        (f64.store (i32.add (local.get $out) (local.get $pairs))
          (f64.add
            (f64.load (i32.add (local.get $out) (local.get $pairs)))
            (f64.add
              (f64.add
                (f64.mul (local.get $w0) (f64.load (i32.add (local.get $x0) (local.get $pairs))))
                (f64.mul (local.get $w1) (f64.load (i32.add (local.get $x1) (local.get $pairs)))))
              (f64.add
                (f64.mul (local.get $w2) (f64.load (i32.add (local.get $x2) (local.get $pairs))))
                (f64.mul (local.get $w3) (f64.load (i32.add (local.get $x3) (local.get $pairs)))))))))))

  ;; Σ x[i] * y[i] over [0, width)
  (func $dot (param $x i32) (param $y i32) (param $width i32) (result f64)
    (local $d i32) (local $pairs i32) (local $sum v128) (local $total f64)
    (local.set $pairs (i32.shl (i32.shr_u (local.get $width) (i32.const 1)) (i32.const 4)))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $d) (local.get $pairs)))
        (local.set $sum
          (f64x2.add (local.get $sum)
            (f64x2.mul
              (v128.load (i32.add (local.get $x) (local.get $d)))
              (v128.load (i32.add (local.get $y) (local.get $d))))))
        (local.set $d (i32.add (local.get $d) (i32.const 16)))
        (br $next)))
    (local.set $total (f64.add (f64x2.extract_lane 0 (local.get $sum)) (f64x2.extract_lane 1 (local.get $sum))))
    (if (i32.and (local.get $width) (i32.const 1))
      (then
        (local.set $total
          (f64.add (local.get $total)
            (f64.mul
              (f64.load (i32.add (local.get $x) (local.get $pairs)))
              (f64.load (i32.add (local.get $y) (local.get $pairs))))))))
    (local.get $total))

  ;; Rows [from, to) of A M into `out` (added to what is there): A sparse, in compressed rows
  ;; (rowStart i32[rows + 1], indices i32[], values f64[]); M dense, `width` wide.
  (func (export "sparseTimesDense")
      (param $rowStart i32) (param $indices i32) (param $values i32)
      (param $m i32) (param $width i32) (param $out i32) (param $from i32) (param $to i32)
    (local $r i32) (local $j i32) (local $end i32) (local $o i32) (local $rowBytes i32) (local $ix i32) (local $vx i32)
    (local.set $rowBytes (i32.shl (local.get $width) (i32.const 3)))
    (local.set $r (local.get $from))
    (block $done
      (loop $row
        (br_if $done (i32.ge_u (local.get $r) (local.get $to)))
        (local.set $o (i32.add (local.get $out) (i32.mul (local.get $r) (local.get $rowBytes))))
        (local.set $j (i32.load (i32.add (local.get $rowStart) (i32.shl (local.get $r) (i32.const 2)))))
        (local.set $end (i32.load offset=4 (i32.add (local.get $rowStart) (i32.shl (local.get $r) (i32.const 2)))))
        (block $fours
          (loop $four
            (br_if $fours (i32.gt_u (i32.add (local.get $j) (i32.const 4)) (local.get $end)))
            (local.set $ix (i32.add (local.get $indices) (i32.shl (local.get $j) (i32.const 2))))
            (local.set $vx (i32.add (local.get $values) (i32.shl (local.get $j) (i32.const 3))))
            (call $axpy4 (local.get $o)
              (i32.add (local.get $m) (i32.mul (i32.load (local.get $ix)) (local.get $rowBytes)))
              (f64.load (local.get $vx))
              (i32.add (local.get $m) (i32.mul (i32.load offset=4 (local.get $ix)) (local.get $rowBytes)))
              (f64.load offset=8 (local.get $vx))
              (i32.add (local.get $m) (i32.mul (i32.load offset=8 (local.get $ix)) (local.get $rowBytes)))
              (f64.load offset=16 (local.get $vx))
              (i32.add (local.get $m) (i32.mul (i32.load offset=12 (local.get $ix)) (local.get $rowBytes)))
              (f64.load offset=24 (local.get $vx))
              (local.get $width))
            (local.set $j (i32.add (local.get $j) (i32.const 4)))
            (br $four)))
        (block $ones
          (loop $one
            (br_if $ones (i32.ge_u (local.get $j) (local.get $end)))
            (call $axpy (local.get $o)
              (i32.add (local.get $m) (i32.mul (i32.load (i32.add (local.get $indices) (i32.shl (local.get $j) (i32.const 2)))) (local.get $rowBytes)))
              (f64.load (i32.add (local.get $values) (i32.shl (local.get $j) (i32.const 3))))
              (local.get $width))
            (local.set $j (i32.add (local.get $j) (i32.const 1)))
            (br $one)))
        (local.set $r (i32.add (local.get $r) (i32.const 1)))
        (br $row))))

  ;; Rows [from, to) of X M into `out` (added to what is there): X is `l` wide, M is l × k.
  (func (export "denseTimesDense")
      (param $x i32) (param $m i32) (param $l i32) (param $k i32) (param $out i32) (param $from i32) (param $to i32)
    (local $r i32) (local $i i32) (local $o i32) (local $xr i32) (local $kBytes i32) (local $mi i32)
    (local.set $kBytes (i32.shl (local.get $k) (i32.const 3)))
    (local.set $r (local.get $from))
    (block $done
      (loop $row
        (br_if $done (i32.ge_u (local.get $r) (local.get $to)))
        (local.set $o (i32.add (local.get $out) (i32.mul (local.get $r) (local.get $kBytes))))
        (local.set $xr (i32.add (local.get $x) (i32.shl (i32.mul (local.get $r) (local.get $l)) (i32.const 3))))
        (local.set $i (i32.const 0))
        (block $fours
          (loop $four
            (br_if $fours (i32.gt_u (i32.add (local.get $i) (i32.const 4)) (local.get $l)))
            (local.set $mi (i32.add (local.get $m) (i32.mul (local.get $i) (local.get $kBytes))))
            (call $axpy4 (local.get $o)
              (local.get $mi)
              (f64.load (i32.add (local.get $xr) (i32.shl (local.get $i) (i32.const 3))))
              (i32.add (local.get $mi) (local.get $kBytes))
              (f64.load offset=8 (i32.add (local.get $xr) (i32.shl (local.get $i) (i32.const 3))))
              (i32.add (local.get $mi) (i32.shl (local.get $kBytes) (i32.const 1)))
              (f64.load offset=16 (i32.add (local.get $xr) (i32.shl (local.get $i) (i32.const 3))))
              (i32.add (local.get $mi) (i32.mul (local.get $kBytes) (i32.const 3)))
              (f64.load offset=24 (i32.add (local.get $xr) (i32.shl (local.get $i) (i32.const 3))))
              (local.get $k))
            (local.set $i (i32.add (local.get $i) (i32.const 4)))
            (br $four)))
        (block $ones
          (loop $one
            (br_if $ones (i32.ge_u (local.get $i) (local.get $l)))
            (call $axpy (local.get $o)
              (i32.add (local.get $m) (i32.mul (local.get $i) (local.get $kBytes)))
              (f64.load (i32.add (local.get $xr) (i32.shl (local.get $i) (i32.const 3))))
              (local.get $k))
            (local.set $i (i32.add (local.get $i) (i32.const 1)))
            (br $one)))
        (local.set $r (i32.add (local.get $r) (i32.const 1)))
        (br $row))))

  ;; The upper triangle (j ≥ i) of Xᵀ Y (l × l) for n × l X and Y, added into `out`.
  (func (export "gramUpper") (param $x i32) (param $y i32) (param $n i32) (param $l i32) (param $out i32)
    (local $r i32) (local $i i32) (local $xi f64) (local $rowBytes i32) (local $xr i32) (local $yr i32)
    (local.set $rowBytes (i32.shl (local.get $l) (i32.const 3)))
    (block $done
      (loop $row
        (br_if $done (i32.ge_u (local.get $r) (local.get $n)))
        (local.set $xr (i32.add (local.get $x) (i32.mul (local.get $r) (local.get $rowBytes))))
        (local.set $yr (i32.add (local.get $y) (i32.mul (local.get $r) (local.get $rowBytes))))
        (local.set $i (i32.const 0))
        (block $cols
          (loop $col
            (br_if $cols (i32.ge_u (local.get $i) (local.get $l)))
            (local.set $xi (f64.load (i32.add (local.get $xr) (i32.shl (local.get $i) (i32.const 3)))))
            (if (f64.ne (local.get $xi) (f64.const 0))
              (then
                (call $axpy
                  (i32.add (local.get $out) (i32.shl (i32.add (i32.mul (local.get $i) (local.get $l)) (local.get $i)) (i32.const 3)))
                  (i32.add (local.get $yr) (i32.shl (local.get $i) (i32.const 3)))
                  (local.get $xi)
                  (i32.sub (local.get $l) (local.get $i)))))
            (local.set $i (i32.add (local.get $i) (i32.const 1)))
            (br $col)))
        (local.set $r (i32.add (local.get $r) (i32.const 1)))
        (br $row))))

  ;; Modified Gram–Schmidt on the `l` columns of a column-major matrix (column j is n values at
  ;; t + 8·j·n), in place. A column that loses all but 1e-10 of its norm to the columns before it
  ;; depended on them: it becomes zero rather than normalised rounding noise.
  (func (export "orthonormalizeColumns") (param $t i32) (param $n i32) (param $l i32)
    (local $j i32) (local $k i32) (local $cj i32) (local $ck i32) (local $colBytes i32) (local $before f64) (local $after f64)
    (local.set $colBytes (i32.shl (local.get $n) (i32.const 3)))
    (block $done
      (loop $column
        (br_if $done (i32.ge_u (local.get $j) (local.get $l)))
        (local.set $cj (i32.add (local.get $t) (i32.mul (local.get $j) (local.get $colBytes))))
        (local.set $before (call $dot (local.get $cj) (local.get $cj) (local.get $n)))
        (local.set $k (i32.const 0))
        (block $earlier
          (loop $previous
            (br_if $earlier (i32.ge_u (local.get $k) (local.get $j)))
            (local.set $ck (i32.add (local.get $t) (i32.mul (local.get $k) (local.get $colBytes))))
            (call $axpy (local.get $cj) (local.get $ck)
              (f64.neg (call $dot (local.get $cj) (local.get $ck) (local.get $n)))
              (local.get $n))
            (local.set $k (i32.add (local.get $k) (i32.const 1)))
            (br $previous)))
        (local.set $after (call $dot (local.get $cj) (local.get $cj) (local.get $n)))
        (call $scale (local.get $cj)
          (if (result f64) (f64.gt (local.get $after) (f64.mul (local.get $before) (f64.const 1e-20)))
            (then (f64.div (f64.const 1) (f64.sqrt (local.get $after))))
            (else (f64.const 0)))
          (local.get $n))
        (local.set $j (i32.add (local.get $j) (i32.const 1)))
        (br $column))))

  ;; x[0 .. width) *= s
  (func $scale (param $x i32) (param $s f64) (param $width i32)
    (local $i i32)
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $i) (local.get $width)))
        (f64.store (i32.add (local.get $x) (i32.shl (local.get $i) (i32.const 3)))
          (f64.mul (local.get $s) (f64.load (i32.add (local.get $x) (i32.shl (local.get $i) (i32.const 3))))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $next))))

  ;; ---- The symmetric eigenproblem of the fit's l×l matrix: EISPACK tred2 and tql2 (as in JAMA),
  ;; the transform kept transposed as in symmetricEigen (src/embed/linear-algebra.ts): JAMA's
  ;; V[a][b] is the f64 at v + 8·(b·n + a), so the inner loops run along rows.

  ;; Returns Σ x[k]·d[k] and adds f·x[k] to e[k], for k in [0, len); x is only read.
  (func $dotAxpy (param $x i32) (param $d i32) (param $e i32) (param $f f64) (param $len i32) (result f64)
    (local $k i32) (local $at i32) (local $g f64) (local $xk f64)
    (block $done
      (loop $next
        (br_if $done (i32.ge_s (local.get $k) (local.get $len)))
        (local.set $at (i32.shl (local.get $k) (i32.const 3)))
        (local.set $xk (f64.load (i32.add (local.get $x) (local.get $at))))
        (local.set $g (f64.add (local.get $g) (f64.mul (local.get $xk) (f64.load (i32.add (local.get $d) (local.get $at))))))
        (f64.store (i32.add (local.get $e) (local.get $at))
          (f64.add (f64.load (i32.add (local.get $e) (local.get $at))) (f64.mul (local.get $f) (local.get $xk))))
        (local.set $k (i32.add (local.get $k) (i32.const 1)))
        (br $next)))
    (local.get $g))

  ;; out[k] -= fa·a[k] + fb·b[k] for k in [0, len)
  (func $subtract2 (param $out i32) (param $a i32) (param $fa f64) (param $b i32) (param $fb f64) (param $len i32)
    (local $k i32) (local $at i32)
    (block $done
      (loop $next
        (br_if $done (i32.ge_s (local.get $k) (local.get $len)))
        (local.set $at (i32.shl (local.get $k) (i32.const 3)))
        (f64.store (i32.add (local.get $out) (local.get $at))
          (f64.sub (f64.load (i32.add (local.get $out) (local.get $at)))
            (f64.add
              (f64.mul (local.get $fa) (f64.load (i32.add (local.get $a) (local.get $at))))
              (f64.mul (local.get $fb) (f64.load (i32.add (local.get $b) (local.get $at)))))))
        (local.set $k (i32.add (local.get $k) (i32.const 1)))
        (br $next))))

  ;; For k in [0, len): (x[k], y[k]) ← (c·x[k] − s·y[k], s·x[k] + c·y[k]).
  (func $rotate (param $x i32) (param $y i32) (param $c f64) (param $s f64) (param $len i32)
    (local $d i32) (local $pairs i32) (local $cs v128) (local $ss v128) (local $xv v128) (local $yv v128) (local $xk f64) (local $yk f64)
    (local.set $cs (f64x2.splat (local.get $c)))
    (local.set $ss (f64x2.splat (local.get $s)))
    (local.set $pairs (i32.shl (i32.shr_u (local.get $len) (i32.const 1)) (i32.const 4)))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $d) (local.get $pairs)))
        (local.set $xv (v128.load (i32.add (local.get $x) (local.get $d))))
        (local.set $yv (v128.load (i32.add (local.get $y) (local.get $d))))
        (v128.store (i32.add (local.get $y) (local.get $d))
          (f64x2.add (f64x2.mul (local.get $ss) (local.get $xv)) (f64x2.mul (local.get $cs) (local.get $yv))))
        (v128.store (i32.add (local.get $x) (local.get $d))
          (f64x2.sub (f64x2.mul (local.get $cs) (local.get $xv)) (f64x2.mul (local.get $ss) (local.get $yv))))
        (local.set $d (i32.add (local.get $d) (i32.const 16)))
        (br $next)))
    (if (i32.and (local.get $len) (i32.const 1))
      (then
        (local.set $xk (f64.load (i32.add (local.get $x) (local.get $pairs))))
        (local.set $yk (f64.load (i32.add (local.get $y) (local.get $pairs))))
        (f64.store (i32.add (local.get $y) (local.get $pairs)) (f64.add (f64.mul (local.get $s) (local.get $xk)) (f64.mul (local.get $c) (local.get $yk))))
        (f64.store (i32.add (local.get $x) (local.get $pairs)) (f64.sub (f64.mul (local.get $c) (local.get $xk)) (f64.mul (local.get $s) (local.get $yk)))))))

  ;; √(a² + b²) without overflow for large a or b, as Math.hypot.
  (func $hypot (param $a f64) (param $b f64) (result f64)
    (local $big f64) (local $small f64) (local $q f64)
    (local.set $big (f64.max (f64.abs (local.get $a)) (f64.abs (local.get $b))))
    (local.set $small (f64.min (f64.abs (local.get $a)) (f64.abs (local.get $b))))
    (if (result f64) (f64.eq (local.get $big) (f64.const 0))
      (then (f64.const 0))
      (else
        (local.set $q (f64.div (local.get $small) (local.get $big)))
        (f64.mul (local.get $big) (f64.sqrt (f64.add (f64.const 1) (f64.mul (local.get $q) (local.get $q))))))))

  ;; The f64 at p + 8·i.
  (func $get (param $p i32) (param $i i32) (result f64)
    (f64.load (i32.add (local.get $p) (i32.shl (local.get $i) (i32.const 3)))))
  (func $put (param $p i32) (param $i i32) (param $x f64)
    (f64.store (i32.add (local.get $p) (i32.shl (local.get $i) (i32.const 3))) (local.get $x)))

  ;; tred2 on the n×n symmetric matrix at v (overwritten by the transform), diagonal into d,
  ;; subdiagonal into e (e[0] = 0).
  (func $tridiagonalize (param $v i32) (param $d i32) (param $e i32) (param $n i32)
    (local $i i32) (local $j i32) (local $k i32) (local $scale f64) (local $h f64) (local $f f64) (local $g f64) (local $hh f64)
    (local $row i32) (local $nb i32)
    (local.set $nb (i32.shl (local.get $n) (i32.const 3)))
    ;; d[j] = V[n-1][j] = v[j·n + n-1]
    (local.set $j (i32.const 0))
    (block $d0 (loop $l0
      (br_if $d0 (i32.ge_s (local.get $j) (local.get $n)))
      (call $put (local.get $d) (local.get $j) (call $get (local.get $v) (i32.add (i32.mul (local.get $j) (local.get $n)) (i32.sub (local.get $n) (i32.const 1)))))
      (local.set $j (i32.add (local.get $j) (i32.const 1)))
      (br $l0)))
    (local.set $i (i32.sub (local.get $n) (i32.const 1)))
    (block $i_done (loop $i_loop
      (br_if $i_done (i32.le_s (local.get $i) (i32.const 0)))
      (local.set $scale (f64.const 0))
      (local.set $h (f64.const 0))
      (local.set $k (i32.const 0))
      (block $s_done (loop $s_loop
        (br_if $s_done (i32.ge_s (local.get $k) (local.get $i)))
        (local.set $scale (f64.add (local.get $scale) (f64.abs (call $get (local.get $d) (local.get $k)))))
        (local.set $k (i32.add (local.get $k) (i32.const 1)))
        (br $s_loop)))
      (if (f64.eq (local.get $scale) (f64.const 0))
        (then
          (call $put (local.get $e) (local.get $i) (call $get (local.get $d) (i32.sub (local.get $i) (i32.const 1))))
          (local.set $j (i32.const 0))
          (block $z_done (loop $z_loop
            (br_if $z_done (i32.ge_s (local.get $j) (local.get $i)))
            (call $put (local.get $d) (local.get $j) (call $get (local.get $v) (i32.add (i32.mul (local.get $j) (local.get $n)) (i32.sub (local.get $i) (i32.const 1)))))
            (call $put (local.get $v) (i32.add (i32.mul (local.get $j) (local.get $n)) (local.get $i)) (f64.const 0))
            (call $put (local.get $v) (i32.add (i32.mul (local.get $i) (local.get $n)) (local.get $j)) (f64.const 0))
            (local.set $j (i32.add (local.get $j) (i32.const 1)))
            (br $z_loop))))
        (else
          (local.set $k (i32.const 0))
          (block $n_done (loop $n_loop
            (br_if $n_done (i32.ge_s (local.get $k) (local.get $i)))
            (call $put (local.get $d) (local.get $k) (f64.div (call $get (local.get $d) (local.get $k)) (local.get $scale)))
            (local.set $h (f64.add (local.get $h) (f64.mul (call $get (local.get $d) (local.get $k)) (call $get (local.get $d) (local.get $k)))))
            (local.set $k (i32.add (local.get $k) (i32.const 1)))
            (br $n_loop)))
          (local.set $f (call $get (local.get $d) (i32.sub (local.get $i) (i32.const 1))))
          (local.set $g (f64.sqrt (local.get $h)))
          (if (f64.gt (local.get $f) (f64.const 0)) (then (local.set $g (f64.neg (local.get $g)))))
          (call $put (local.get $e) (local.get $i) (f64.mul (local.get $scale) (local.get $g)))
          (local.set $h (f64.sub (local.get $h) (f64.mul (local.get $f) (local.get $g))))
          (call $put (local.get $d) (i32.sub (local.get $i) (i32.const 1)) (f64.sub (local.get $f) (local.get $g)))
          (local.set $j (i32.const 0))
          (block $e_done (loop $e_loop
            (br_if $e_done (i32.ge_s (local.get $j) (local.get $i)))
            (call $put (local.get $e) (local.get $j) (f64.const 0))
            (local.set $j (i32.add (local.get $j) (i32.const 1)))
            (br $e_loop)))
          (local.set $j (i32.const 0))
          (block $a_done (loop $a_loop
            (br_if $a_done (i32.ge_s (local.get $j) (local.get $i)))
            (local.set $row (i32.add (local.get $v) (i32.mul (local.get $j) (local.get $nb))))
            (local.set $f (call $get (local.get $d) (local.get $j)))
            (call $put (local.get $v) (i32.add (i32.mul (local.get $i) (local.get $n)) (local.get $j)) (local.get $f))
            (local.set $g (f64.add (call $get (local.get $e) (local.get $j)) (f64.mul (call $get (local.get $row) (local.get $j)) (local.get $f))))
            ;; k from j+1 to i-1: g += v[j·n+k]·d[k]; e[k] += v[j·n+k]·f
            (local.set $g (f64.add (local.get $g)
              (call $dotAxpy
                (i32.add (local.get $row) (i32.shl (i32.add (local.get $j) (i32.const 1)) (i32.const 3)))
                (i32.add (local.get $d) (i32.shl (i32.add (local.get $j) (i32.const 1)) (i32.const 3)))
                (i32.add (local.get $e) (i32.shl (i32.add (local.get $j) (i32.const 1)) (i32.const 3)))
                (local.get $f)
                (i32.sub (i32.sub (local.get $i) (local.get $j)) (i32.const 1)))))
            (call $put (local.get $e) (local.get $j) (local.get $g))
            (local.set $j (i32.add (local.get $j) (i32.const 1)))
            (br $a_loop)))
          (local.set $f (f64.const 0))
          (local.set $j (i32.const 0))
          (block $b_done (loop $b_loop
            (br_if $b_done (i32.ge_s (local.get $j) (local.get $i)))
            (call $put (local.get $e) (local.get $j) (f64.div (call $get (local.get $e) (local.get $j)) (local.get $h)))
            (local.set $f (f64.add (local.get $f) (f64.mul (call $get (local.get $e) (local.get $j)) (call $get (local.get $d) (local.get $j)))))
            (local.set $j (i32.add (local.get $j) (i32.const 1)))
            (br $b_loop)))
          (local.set $hh (f64.div (local.get $f) (f64.add (local.get $h) (local.get $h))))
          (local.set $j (i32.const 0))
          (block $c_done (loop $c_loop
            (br_if $c_done (i32.ge_s (local.get $j) (local.get $i)))
            (call $put (local.get $e) (local.get $j) (f64.sub (call $get (local.get $e) (local.get $j)) (f64.mul (local.get $hh) (call $get (local.get $d) (local.get $j)))))
            (local.set $j (i32.add (local.get $j) (i32.const 1)))
            (br $c_loop)))
          (local.set $j (i32.const 0))
          (block $u_done (loop $u_loop
            (br_if $u_done (i32.ge_s (local.get $j) (local.get $i)))
            (local.set $row (i32.add (local.get $v) (i32.mul (local.get $j) (local.get $nb))))
            (local.set $f (call $get (local.get $d) (local.get $j)))
            (local.set $g (call $get (local.get $e) (local.get $j)))
            ;; k from j to i-1: v[j·n+k] -= f·e[k] + g·d[k]
            (call $subtract2
              (i32.add (local.get $row) (i32.shl (local.get $j) (i32.const 3)))
              (i32.add (local.get $e) (i32.shl (local.get $j) (i32.const 3))) (local.get $f)
              (i32.add (local.get $d) (i32.shl (local.get $j) (i32.const 3))) (local.get $g)
              (i32.sub (local.get $i) (local.get $j)))
            (call $put (local.get $d) (local.get $j) (call $get (local.get $row) (i32.sub (local.get $i) (i32.const 1))))
            (call $put (local.get $row) (local.get $i) (f64.const 0))
            (local.set $j (i32.add (local.get $j) (i32.const 1)))
            (br $u_loop)))))
      (call $put (local.get $d) (local.get $i) (local.get $h))
      (local.set $i (i32.sub (local.get $i) (i32.const 1)))
      (br $i_loop)))
    ;; Accumulate the transformations.
    (local.set $i (i32.const 0))
    (block $t_done (loop $t_loop
      (br_if $t_done (i32.ge_s (local.get $i) (i32.sub (local.get $n) (i32.const 1))))
      (local.set $row (i32.add (local.get $v) (i32.mul (local.get $i) (local.get $nb))))
      (call $put (local.get $row) (i32.sub (local.get $n) (i32.const 1)) (call $get (local.get $row) (local.get $i)))
      (call $put (local.get $row) (local.get $i) (f64.const 1))
      (local.set $h (call $get (local.get $d) (i32.add (local.get $i) (i32.const 1))))
      (if (f64.ne (local.get $h) (f64.const 0))
        (then
          (local.set $k (i32.const 0))
          (block $q_done (loop $q_loop
            (br_if $q_done (i32.gt_s (local.get $k) (local.get $i)))
            (call $put (local.get $d) (local.get $k)
              (f64.div (call $get (i32.add (local.get $row) (local.get $nb)) (local.get $k)) (local.get $h)))
            (local.set $k (i32.add (local.get $k) (i32.const 1)))
            (br $q_loop)))
          (local.set $j (i32.const 0))
          (block $w_done (loop $w_loop
            (br_if $w_done (i32.gt_s (local.get $j) (local.get $i)))
            (local.set $g (call $dot
              (i32.add (local.get $row) (local.get $nb))
              (i32.add (local.get $v) (i32.mul (local.get $j) (local.get $nb)))
              (i32.add (local.get $i) (i32.const 1))))
            (call $axpy
              (i32.add (local.get $v) (i32.mul (local.get $j) (local.get $nb)))
              (local.get $d)
              (f64.neg (local.get $g))
              (i32.add (local.get $i) (i32.const 1)))
            (local.set $j (i32.add (local.get $j) (i32.const 1)))
            (br $w_loop)))))
      (local.set $k (i32.const 0))
      (block $x_done (loop $x_loop
        (br_if $x_done (i32.gt_s (local.get $k) (local.get $i)))
        (call $put (i32.add (local.get $row) (local.get $nb)) (local.get $k) (f64.const 0))
        (local.set $k (i32.add (local.get $k) (i32.const 1)))
        (br $x_loop)))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br $t_loop)))
    (local.set $j (i32.const 0))
    (block $y_done (loop $y_loop
      (br_if $y_done (i32.ge_s (local.get $j) (local.get $n)))
      (local.set $row (i32.add (local.get $v) (i32.mul (local.get $j) (local.get $nb))))
      (call $put (local.get $d) (local.get $j) (call $get (local.get $row) (i32.sub (local.get $n) (i32.const 1))))
      (call $put (local.get $row) (i32.sub (local.get $n) (i32.const 1)) (f64.const 0))
      (local.set $j (i32.add (local.get $j) (i32.const 1)))
      (br $y_loop)))
    (call $put (local.get $v) (i32.sub (i32.mul (local.get $n) (local.get $n)) (i32.const 1)) (f64.const 1))
    (call $put (local.get $e) (i32.const 0) (f64.const 0)))

  ;; tql2: eigenvalues of the tridiagonal (d, e) into d, the rotations accumulated into v.
  ;; Returns 0, or 1 when an eigenvalue took over 100 iterations.
  (func $diagonalizeTridiagonal (param $v i32) (param $d i32) (param $e i32) (param $n i32) (result i32)
    (local $i i32) (local $l i32) (local $m i32) (local $iteration i32) (local $nb i32)
    (local $f f64) (local $tst1 f64) (local $eps f64) (local $g f64) (local $p f64) (local $r f64) (local $dl1 f64) (local $h f64)
    (local $c f64) (local $c2 f64) (local $c3 f64) (local $el1 f64) (local $s f64) (local $s2 f64)
    (local.set $nb (i32.shl (local.get $n) (i32.const 3)))
    (local.set $eps (f64.const 0x1p-52))
    (local.set $i (i32.const 1))
    (block $sh_done (loop $sh_loop
      (br_if $sh_done (i32.ge_s (local.get $i) (local.get $n)))
      (call $put (local.get $e) (i32.sub (local.get $i) (i32.const 1)) (call $get (local.get $e) (local.get $i)))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br $sh_loop)))
    (call $put (local.get $e) (i32.sub (local.get $n) (i32.const 1)) (f64.const 0))
    (block $l_done (loop $l_loop
      (br_if $l_done (i32.ge_s (local.get $l) (local.get $n)))
      (local.set $tst1 (f64.max (local.get $tst1)
        (f64.add (f64.abs (call $get (local.get $d) (local.get $l))) (f64.abs (call $get (local.get $e) (local.get $l))))))
      (local.set $m (local.get $l))
      (block $m_done (loop $m_loop
        (br_if $m_done (i32.ge_s (local.get $m) (i32.sub (local.get $n) (i32.const 1))))
        (br_if $m_done (i32.eqz (f64.gt (f64.abs (call $get (local.get $e) (local.get $m))) (f64.mul (local.get $eps) (local.get $tst1)))))
        (local.set $m (i32.add (local.get $m) (i32.const 1)))
        (br $m_loop)))
      (if (i32.gt_s (local.get $m) (local.get $l))
        (then
          (local.set $iteration (i32.const 0))
          (block $it_done (loop $it_loop
            (if (i32.eq (local.get $iteration) (i32.const 100)) (then (return (i32.const 1))))
            (local.set $iteration (i32.add (local.get $iteration) (i32.const 1)))
            (local.set $g (call $get (local.get $d) (local.get $l)))
            (local.set $p (f64.div
              (f64.sub (call $get (local.get $d) (i32.add (local.get $l) (i32.const 1))) (local.get $g))
              (f64.mul (f64.const 2) (call $get (local.get $e) (local.get $l)))))
            (local.set $r (call $hypot (local.get $p) (f64.const 1)))
            (if (f64.lt (local.get $p) (f64.const 0)) (then (local.set $r (f64.neg (local.get $r)))))
            (call $put (local.get $d) (local.get $l)
              (f64.div (call $get (local.get $e) (local.get $l)) (f64.add (local.get $p) (local.get $r))))
            (call $put (local.get $d) (i32.add (local.get $l) (i32.const 1))
              (f64.mul (call $get (local.get $e) (local.get $l)) (f64.add (local.get $p) (local.get $r))))
            (local.set $dl1 (call $get (local.get $d) (i32.add (local.get $l) (i32.const 1))))
            (local.set $h (f64.sub (local.get $g) (call $get (local.get $d) (local.get $l))))
            (local.set $i (i32.add (local.get $l) (i32.const 2)))
            (block $sub_done (loop $sub_loop
              (br_if $sub_done (i32.ge_s (local.get $i) (local.get $n)))
              (call $put (local.get $d) (local.get $i) (f64.sub (call $get (local.get $d) (local.get $i)) (local.get $h)))
              (local.set $i (i32.add (local.get $i) (i32.const 1)))
              (br $sub_loop)))
            (local.set $f (f64.add (local.get $f) (local.get $h)))
            (local.set $p (call $get (local.get $d) (local.get $m)))
            (local.set $c (f64.const 1))
            (local.set $c2 (f64.const 1))
            (local.set $c3 (f64.const 1))
            (local.set $el1 (call $get (local.get $e) (i32.add (local.get $l) (i32.const 1))))
            (local.set $s (f64.const 0))
            (local.set $s2 (f64.const 0))
            (local.set $i (i32.sub (local.get $m) (i32.const 1)))
            (block $ql_done (loop $ql_loop
              (br_if $ql_done (i32.lt_s (local.get $i) (local.get $l)))
              (local.set $c3 (local.get $c2))
              (local.set $c2 (local.get $c))
              (local.set $s2 (local.get $s))
              (local.set $g (f64.mul (local.get $c) (call $get (local.get $e) (local.get $i))))
              (local.set $h (f64.mul (local.get $c) (local.get $p)))
              (local.set $r (call $hypot (local.get $p) (call $get (local.get $e) (local.get $i))))
              (call $put (local.get $e) (i32.add (local.get $i) (i32.const 1)) (f64.mul (local.get $s) (local.get $r)))
              (local.set $s (f64.div (call $get (local.get $e) (local.get $i)) (local.get $r)))
              (local.set $c (f64.div (local.get $p) (local.get $r)))
              (local.set $p (f64.sub
                (f64.mul (local.get $c) (call $get (local.get $d) (local.get $i)))
                (f64.mul (local.get $s) (local.get $g))))
              (call $put (local.get $d) (i32.add (local.get $i) (i32.const 1))
                (f64.add (local.get $h)
                  (f64.mul (local.get $s)
                    (f64.add (f64.mul (local.get $c) (local.get $g)) (f64.mul (local.get $s) (call $get (local.get $d) (local.get $i)))))))
              (call $rotate
                (i32.add (local.get $v) (i32.mul (local.get $i) (local.get $nb)))
                (i32.add (local.get $v) (i32.mul (i32.add (local.get $i) (i32.const 1)) (local.get $nb)))
                (local.get $c) (local.get $s) (local.get $n))
              (local.set $i (i32.sub (local.get $i) (i32.const 1)))
              (br $ql_loop)))
            (local.set $p (f64.div
              (f64.mul (f64.mul (f64.mul (f64.mul (f64.neg (local.get $s)) (local.get $s2)) (local.get $c3)) (local.get $el1))
                (call $get (local.get $e) (local.get $l)))
              (local.get $dl1)))
            (call $put (local.get $e) (local.get $l) (f64.mul (local.get $s) (local.get $p)))
            (call $put (local.get $d) (local.get $l) (f64.mul (local.get $c) (local.get $p)))
            (br_if $it_loop (f64.gt (f64.abs (call $get (local.get $e) (local.get $l))) (f64.mul (local.get $eps) (local.get $tst1))))))))
      (call $put (local.get $d) (local.get $l) (f64.add (call $get (local.get $d) (local.get $l)) (local.get $f)))
      (call $put (local.get $e) (local.get $l) (f64.const 0))
      (local.set $l (i32.add (local.get $l) (i32.const 1)))
      (br $l_loop)))
    (i32.const 0))

  ;; The symmetric n×n matrix at v (row-major) decomposed in place: afterwards the eigenvector
  ;; of eigenvalue d[j] is the row j of v (n values at v + 8·j·n). Eigenvalues are not sorted.
  ;; Returns 0, or 1 when the QL iteration did not converge.
  (func (export "symmetricEigen") (param $v i32) (param $d i32) (param $e i32) (param $n i32) (result i32)
    (call $tridiagonalize (local.get $v) (local.get $d) (local.get $e) (local.get $n))
    (call $diagonalizeTridiagonal (local.get $v) (local.get $d) (local.get $e) (local.get $n)))
)

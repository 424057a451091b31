;; The LSA fit's dense loops in WebAssembly with 128-bit SIMD (two f64 lanes): the sparse products,
;; the small dense products, the Gram matrix and the Gram–Schmidt orthonormalisation of a
;; randomized SVD (src/embed/randomized-svd.ts). JavaScript's typed-array loops ran these at about
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
  ;; t + 8·j·n), in place; a column that vanishes stays zero.
  (func (export "orthonormalizeColumns") (param $t i32) (param $n i32) (param $l i32)
    (local $j i32) (local $k i32) (local $cj i32) (local $ck i32) (local $colBytes i32) (local $norm f64)
    (local.set $colBytes (i32.shl (local.get $n) (i32.const 3)))
    (block $done
      (loop $column
        (br_if $done (i32.ge_u (local.get $j) (local.get $l)))
        (local.set $cj (i32.add (local.get $t) (i32.mul (local.get $j) (local.get $colBytes))))
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
        (local.set $norm (f64.sqrt (call $dot (local.get $cj) (local.get $cj) (local.get $n))))
        (if (f64.gt (local.get $norm) (f64.const 0))
          (then
            (call $scale (local.get $cj) (f64.div (f64.const 1) (local.get $norm)) (local.get $n))))
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
)

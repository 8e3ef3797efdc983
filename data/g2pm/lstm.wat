;; One direction of the polyphone model's LSTM layer over a run of input
;; indices, with 128-bit SIMD for the recurrent product: the hot loop of
;; src/pinyin/model/runPolyphoneModel.ts. Compiled by data/g2pm/generate.mjs
;; (wabt) into src/pinyin/model/lstmKernel.generated.ts.
;;
;; Memory (imported; byte offsets passed in by the caller, 16-byte aligned):
;; the logistic table at 0 (4098 f32 over [-16, 16] in steps of 1/128), then
;; whatever the caller lays out. Gates are in PyTorch's order (input, forget,
;; cell, output), 32 units each.
(module
  (import "env" "memory" (memory 1))

  ;; σ(x) from the table, linearly interpolated (tanh(x) = 2σ(2x) − 1).
  (func $sigmoid (param $x f32) (result f32) (local $at f32) (local $i i32) (local $low f32)
    (local.set $at (f32.mul (f32.add (local.get $x) (f32.const 16)) (f32.const 128)))
    (if (i32.eqz (f32.gt (local.get $at) (f32.const 0))) (then (return (f32.load (i32.const 0)))))
    (if (f32.ge (local.get $at) (f32.const 4096)) (then (return (f32.load (i32.const 16384)))))
    (local.set $i (i32.trunc_f32_u (local.get $at)))
    (local.set $low (f32.load (i32.shl (local.get $i) (i32.const 2))))
    (f32.add
      (local.get $low)
      (f32.mul
        (f32.sub (local.get $at) (f32.convert_i32_u (local.get $i)))
        (f32.sub (f32.load offset=4 (i32.shl (local.get $i) (i32.const 2))) (local.get $low)))))

  ;; Runs steps t = from, from+dir, …, to (dir = ±1). For each step: the
  ;; input projection of ids[t] is at projection + ids[t] * stride; gates =
  ;; projection + recurrentᵀ · h (recurrent stored transposed: [32 k][128 r]);
  ;; the new state h goes to states + t * 128 bytes, the cell to `cell`.
  ;; `zero` holds 32 zeros: the state before the first step.
  (func (export "run")
    (param $projection i32) (param $stride i32) (param $recurrent i32) (param $ids i32)
    (param $from i32) (param $to i32) (param $dir i32)
    (param $states i32) (param $cell i32) (param $gates i32) (param $zero i32)
    (local $t i32) (local $previous i32) (local $input i32) (local $out i32)
    (local $r i32) (local $k i32) (local $acc v128) (local $w i32) (local $h i32)
    (local $j i32) (local $c f32)
    ;; the cell starts at zero
    (local.set $j (i32.const 0))
    (loop $clear
      (v128.store (i32.add (local.get $cell) (local.get $j)) (v128.const i32x4 0 0 0 0))
      (local.set $j (i32.add (local.get $j) (i32.const 16)))
      (br_if $clear (i32.lt_u (local.get $j) (i32.const 128))))
    (local.set $previous (local.get $zero))
    (local.set $t (local.get $from))
    (loop $steps
      (local.set $input
        (i32.add (local.get $projection)
          (i32.mul (i32.load (i32.add (local.get $ids) (i32.shl (local.get $t) (i32.const 2)))) (local.get $stride))))
      ;; gates, four rows at a time
      (local.set $r (i32.const 0))
      (loop $rows
        (local.set $acc (v128.load (i32.add (local.get $input) (local.get $r))))
        (local.set $w (i32.add (local.get $recurrent) (local.get $r)))
        (local.set $h (local.get $previous))
        (local.set $k (i32.const 0))
        (loop $columns
          (local.set $acc (f32x4.add (local.get $acc)
            (f32x4.mul (v128.load (local.get $w)) (f32x4.splat (f32.load (local.get $h))))))
          (local.set $acc (f32x4.add (local.get $acc)
            (f32x4.mul (v128.load offset=512 (local.get $w)) (f32x4.splat (f32.load offset=4 (local.get $h))))))
          (local.set $acc (f32x4.add (local.get $acc)
            (f32x4.mul (v128.load offset=1024 (local.get $w)) (f32x4.splat (f32.load offset=8 (local.get $h))))))
          (local.set $acc (f32x4.add (local.get $acc)
            (f32x4.mul (v128.load offset=1536 (local.get $w)) (f32x4.splat (f32.load offset=12 (local.get $h))))))
          (local.set $w (i32.add (local.get $w) (i32.const 2048)))
          (local.set $h (i32.add (local.get $h) (i32.const 16)))
          (local.set $k (i32.add (local.get $k) (i32.const 4)))
          (br_if $columns (i32.lt_u (local.get $k) (i32.const 32))))
        (v128.store (i32.add (local.get $gates) (local.get $r)) (local.get $acc))
        (local.set $r (i32.add (local.get $r) (i32.const 16)))
        (br_if $rows (i32.lt_u (local.get $r) (i32.const 512))))
      ;; activations, unit by unit
      (local.set $out (i32.add (local.get $states) (i32.shl (local.get $t) (i32.const 7))))
      (local.set $j (i32.const 0))
      (loop $units
        (local.set $w (i32.add (local.get $gates) (local.get $j)))
        (local.set $c
          (f32.add
            (f32.mul
              (call $sigmoid (f32.load offset=128 (local.get $w)))
              (f32.load (i32.add (local.get $cell) (local.get $j))))
            (f32.mul
              (call $sigmoid (f32.load (local.get $w)))
              (f32.sub (f32.mul (f32.const 2) (call $sigmoid (f32.mul (f32.const 2) (f32.load offset=256 (local.get $w))))) (f32.const 1)))))
        (f32.store (i32.add (local.get $cell) (local.get $j)) (local.get $c))
        (f32.store (i32.add (local.get $out) (local.get $j))
          (f32.mul
            (call $sigmoid (f32.load offset=384 (local.get $w)))
            (f32.sub (f32.mul (f32.const 2) (call $sigmoid (f32.mul (f32.const 2) (local.get $c)))) (f32.const 1))))
        (local.set $j (i32.add (local.get $j) (i32.const 4)))
        (br_if $units (i32.lt_u (local.get $j) (i32.const 128))))
      (local.set $previous (local.get $out))
      (if (i32.ne (local.get $t) (local.get $to))
        (then
          (local.set $t (i32.add (local.get $t) (local.get $dir)))
          (br $steps)))))
)

"""The TMS intro model trained the way Anthropic's toy_models notebook does it: all instances in one model.

ccsweep's TMS benchmark peer. One Model holds every instance of a sweep (sparsity levels x seeds) as its
n_instances dimension, and the notebook's `optimize` trains them together: a fresh batch of shape
(batch, instances, n) every step, x_i ~ U[0, 1) with probability p (the instance's), else 0;
out = ReLU(W^T W x + b); error = importance * (x - out)^2; loss = mean over batch and features, summed over
instances; AdamW(lr 1e-3, PyTorch's default weight decay 0.01) at a constant rate. One change from the notebook:
W is drawn per instance with std sqrt(2 / (n + m)), the xavier-normal of one m x n matrix, as ccsweep draws it;
the notebook's xavier_normal_ on the (instances, n, m) tensor takes n*m and instances*m as its fans.

After training it evaluates every instance's L/p at its own p by plain Monte Carlo and prints

    PEER_TIME seconds=... steps=... instances=...
    PEER_LOSS p=... mean=... std=... seeds=...          (one line per sparsity level, over its seeds)

seconds times the training loop only (batch drawing, forward, backward, optimiser).
"""

import argparse
import math
import time

import torch


def parse_args():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=5, help="features")
    ap.add_argument("--m", type=int, default=2, help="hidden dimensions")
    ap.add_argument("--levels", type=int, default=20, help="sparsity levels, p = 20^(-k/(levels-1))")
    ap.add_argument("--seeds", type=int, default=10, help="instances per level")
    ap.add_argument("--importance-decay", type=float, default=0.9)
    ap.add_argument("--steps", type=int, default=10_000)
    ap.add_argument("--batch", type=int, default=1024)
    ap.add_argument("--lr", type=float, default=1e-3)
    ap.add_argument("--eval-samples", type=int, default=200_000, help="per instance")
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--seed", type=int, default=0)
    return ap.parse_args()


def main():
    args = parse_args()
    torch.set_num_threads(args.threads)
    torch.manual_seed(args.seed)
    levels = [20 ** (-k / (args.levels - 1)) for k in range(args.levels)]
    p = torch.tensor([q for q in levels for _ in range(args.seeds)])[:, None]
    instances = p.shape[0]
    importance = (args.importance_decay ** torch.arange(args.n, dtype=torch.float32))[None, :]
    w = torch.nn.Parameter(torch.randn(instances, args.n, args.m) * math.sqrt(2.0 / (args.n + args.m)))
    b = torch.nn.Parameter(torch.zeros(instances, args.n))
    opt = torch.optim.AdamW([w, b], lr=args.lr)

    def batch(size):
        feat = torch.rand(size, instances, args.n)
        return torch.where(torch.rand(size, instances, args.n) <= p, feat, torch.zeros(()))

    def model(x):
        hidden = torch.einsum("...if,ifh->...ih", x, w)
        out = torch.einsum("...ih,ifh->...if", hidden, w)
        return torch.relu(out + b)

    start = time.perf_counter()
    for _ in range(args.steps):
        opt.zero_grad(set_to_none=True)
        x = batch(args.batch)
        error = importance * (x.abs() - model(x)) ** 2
        loss = error.mean(dim=(0, 2)).sum()
        loss.backward()
        opt.step()
    seconds = time.perf_counter() - start
    print(f"PEER_TIME seconds={seconds:.3f} steps={args.steps} instances={instances}", flush=True)

    with torch.no_grad():
        total = torch.zeros(instances, dtype=torch.float64)
        chunk = 4096
        for start in range(0, args.eval_samples, chunk):
            x = batch(min(chunk, args.eval_samples - start))
            total += (importance * (x - model(x)) ** 2).mean(dim=2).sum(dim=0).double()
        per_feature = (total / args.eval_samples) / p[:, 0].double()
    for k, q in enumerate(levels):
        values = per_feature[k * args.seeds:(k + 1) * args.seeds]
        print(f"PEER_LOSS p={q:.10g} mean={values.mean().item():.6g} std={values.std().item():.6g} seeds={args.seeds}")


if __name__ == "__main__":
    main()

"""The Compressed Computation toy model trained the way the paper's PyTorch code does it.

ccsweep's benchmark peer: a dense batch every step, two bias-free weight matrices with PyTorch's
default init, AdamW and a cosine schedule (shared/science.md sections 1-4). After training it
evaluates L/p at p_train by plain Monte Carlo and prints one machine-readable line:

    PEER_RESULT key=value ...

ms_per_step times the training loop only (batch drawing, forward, backward, optimiser, scheduler).
"""

import argparse
import math
import time

import torch
import torch.nn.functional as F


def parse_args():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--p", type=float, default=0.01, help="feature probability during training")
    ap.add_argument("--sigma", type=float, default=0.02, help="scale of the mixing matrix")
    ap.add_argument("--mixing", choices=["asymmetric", "symmetric", "clean"], default="asymmetric")
    ap.add_argument("--steps", type=int, default=10_000, help="length of the cosine schedule")
    ap.add_argument("--stop-after", type=int, default=None,
                    help="train only this prefix of the schedule (for timing long runs); L/p is then not the full run's")
    ap.add_argument("--batch", type=int, default=2048)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--n", type=int, default=100, help="features")
    ap.add_argument("--d", type=int, default=50, help="ReLU neurons")
    ap.add_argument("--eval-samples", type=int, default=1_000_000)
    ap.add_argument("--eval-chunk", type=int, default=100_000)
    ap.add_argument("--threads", type=int, default=1)
    return ap.parse_args()


def mixing_matrix(kind, n, gen):
    if kind == "clean":
        return torch.zeros(n, n)
    g = torch.randn(n, n, generator=gen)
    if kind == "symmetric":
        return torch.triu(g) + torch.triu(g, 1).T
    return g


def draw_batch(batch, n, p, mixing_t, gen):
    """x: each feature active with probability p, value U[-1, 1]; y = ReLU(x) + x @ (sigma M)^T."""
    mask = torch.rand(batch, n, generator=gen) < p
    x = mask * (2 * torch.rand(batch, n, generator=gen) - 1)
    y = F.relu(x) + x @ mixing_t
    return x, y


def forward(x, w_in, w_out):
    return F.relu(x @ w_in) @ w_out


def train(args, mixing_t, gen):
    w_in = torch.nn.Parameter(torch.empty(args.n, args.d))
    w_out = torch.nn.Parameter(torch.empty(args.d, args.n))
    # A 2-D tensor (rows, cols) has fan_in = cols: W_in ~ U(±1/sqrt(d)), W_out ~ U(±1/sqrt(n)).
    torch.nn.init.kaiming_uniform_(w_in, a=math.sqrt(5))
    torch.nn.init.kaiming_uniform_(w_out, a=math.sqrt(5))
    opt = torch.optim.AdamW([w_in, w_out], lr=3e-3, betas=(0.9, 0.999), eps=1e-8, weight_decay=1e-2)
    sched = torch.optim.lr_scheduler.CosineAnnealingLR(opt, T_max=args.steps)
    timed_steps = args.steps if args.stop_after is None else min(args.stop_after, args.steps)
    start = time.perf_counter()
    for _ in range(timed_steps):
        x, y = draw_batch(args.batch, args.n, args.p, mixing_t, gen)
        loss = F.mse_loss(forward(x, w_in, w_out), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
        sched.step()
    seconds = time.perf_counter() - start
    return w_in.detach(), w_out.detach(), timed_steps, seconds, loss.item()


@torch.no_grad()
def loss_per_feature(args, w_in, w_out, mixing_t, gen):
    """Plain Monte Carlo: per-sample loss = mean over outputs of (y_hat - y)^2; returns L/p and its SE."""
    total = 0.0
    total_sq = 0.0
    remaining = args.eval_samples
    while remaining > 0:
        chunk = min(args.eval_chunk, remaining)
        x, y = draw_batch(chunk, args.n, args.p, mixing_t, gen)
        per_sample = ((forward(x, w_in, w_out) - y) ** 2).mean(dim=1).double()
        total += per_sample.sum().item()
        total_sq += (per_sample ** 2).sum().item()
        remaining -= chunk
    count = args.eval_samples
    mean = total / count
    variance = max(total_sq / count - mean * mean, 0.0) * count / (count - 1)
    return mean / args.p, math.sqrt(variance / count) / args.p


def blas_library():
    """The BLAS this process loaded: Debian's torch uses whichever libblas.so.3 the alternatives select."""
    with open("/proc/self/maps") as maps_file:
        maps = maps_file.read()
    for name in ("openblas", "blis", "mkl"):
        if name in maps:
            return name
    return "reference" if "/blas/libblas" in maps else "unknown"


def main():
    args = parse_args()
    torch.set_num_threads(args.threads)
    torch.manual_seed(args.seed)
    mixing_gen = torch.Generator().manual_seed(args.seed * 3 + 1)
    train_gen = torch.Generator().manual_seed(args.seed * 3 + 2)
    eval_gen = torch.Generator().manual_seed(args.seed * 3 + 3)
    mixing_t = (args.sigma * mixing_matrix(args.mixing, args.n, mixing_gen)).T.contiguous()
    w_in, w_out, timed_steps, seconds, last_loss = train(args, mixing_t, train_gen)
    eval_start = time.perf_counter()
    lp, lp_se = loss_per_feature(args, w_in, w_out, mixing_t, eval_gen)
    eval_seconds = time.perf_counter() - eval_start
    fields = {
        "p": args.p, "sigma": args.sigma, "mixing": args.mixing, "batch": args.batch, "seed": args.seed,
        "steps_schedule": args.steps, "steps_timed": timed_steps, "threads": torch.get_num_threads(),
        "train_s": f"{seconds:.3f}", "ms_per_step": f"{1000 * seconds / timed_steps:.4f}",
        "last_train_loss": f"{last_loss:.6g}", "lp": f"{lp:.6g}", "lp_se": f"{lp_se:.3g}",
        "eval_samples": args.eval_samples, "eval_s": f"{eval_seconds:.2f}", "torch": torch.__version__, "blas": blas_library(),
    }
    print("PEER_RESULT " + " ".join(f"{k}={v}" for k, v in fields.items()), flush=True)


if __name__ == "__main__":
    main()

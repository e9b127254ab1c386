"""The paper's training loop on a GPU, two ways: the GPU peers of ccsweep's CUDA trainer (bench/gpu-check).

  loop     the paper's loop, one model at a time (bench/peer/cc_torch.py moved to the GPU)
  batched  G models stacked and trained at once: W_in (G, n, d) and W_out (G, d, n), every product a
           torch.bmm, one fused AdamW over the stacked tensors (elementwise, so each model's update is
           its own), one cosine schedule; each model draws its own dense batch every step

Same recipe as the paper and ccsweep: batch 2048, x_i active with probability p with value U[-1, 1],
y = ReLU(x) + x @ (sigma M)^T with its own asymmetric M ~ N(0, 1) per model, W_in ~ U(+-1/sqrt(d)),
W_out ~ U(+-1/sqrt(n)), MSE over batch and outputs, AdamW(3e-3, (0.9, 0.999), 1e-8, wd 1e-2), cosine
to 0 over the schedule, float32 throughout (TF32 off). Two commands, each printing PEER_RESULT lines:

  timing   ms per step (after warm-up steps), per model, and trainings per hour of `--steps` steps
  train    full trainings, then L/p at p by Monte Carlo (--eval-samples per model): mean, std over models
"""

import argparse
import math
import time

import torch
import torch.nn.functional as F


def parse_args():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("command", choices=["timing", "train"])
    ap.add_argument("--peer", choices=["loop", "batched"], required=True)
    ap.add_argument("--models", type=int, nargs="+", default=[1],
                    help="batched: G, the stacked models (timing: one run per G); loop train: how many seeds, one after another")
    ap.add_argument("--p", type=float, default=0.01)
    ap.add_argument("--sigma", type=float, default=0.02)
    ap.add_argument("--steps", type=int, default=10_000, help="length of a training (the cosine schedule)")
    ap.add_argument("--warmup", type=int, default=20, help="untimed steps before timing")
    ap.add_argument("--timed", type=int, default=100, help="timed steps")
    ap.add_argument("--batch", type=int, default=2048)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--n", type=int, default=100)
    ap.add_argument("--d", type=int, default=50)
    ap.add_argument("--eval-samples", type=int, default=1_000_000)
    ap.add_argument("--eval-chunk", type=int, default=50_000)
    ap.add_argument("--device", default="cuda")
    return ap.parse_args()


class Stack:
    """G models with their own M, W_in, W_out, trained together."""

    def __init__(self, args, models, seed):
        self.args = args
        dev = args.device
        self.gen = torch.Generator(device=dev).manual_seed(seed)
        n, d = args.n, args.d
        mixing = torch.randn(models, n, n, device=dev, generator=self.gen)
        self.mixing_t = (args.sigma * mixing).transpose(1, 2).contiguous()
        self.w_in = torch.nn.Parameter((2 * torch.rand(models, n, d, device=dev, generator=self.gen) - 1) / math.sqrt(d))
        self.w_out = torch.nn.Parameter((2 * torch.rand(models, d, n, device=dev, generator=self.gen) - 1) / math.sqrt(n))
        kwargs = {"fused": True} if dev.startswith("cuda") else {"foreach": True}
        self.opt = torch.optim.AdamW([self.w_in, self.w_out], lr=3e-3, betas=(0.9, 0.999), eps=1e-8,
                                     weight_decay=1e-2, **kwargs)
        self.sched = torch.optim.lr_scheduler.CosineAnnealingLR(self.opt, T_max=args.steps)

    def batch(self, samples):
        models = self.w_in.shape[0]
        shape = (models, samples, self.args.n)
        mask = torch.rand(shape, device=self.args.device, generator=self.gen) < self.args.p
        x = mask * (2 * torch.rand(shape, device=self.args.device, generator=self.gen) - 1)
        return x, F.relu(x) + torch.bmm(x, self.mixing_t)

    def forward(self, x):
        return torch.bmm(F.relu(torch.bmm(x, self.w_in)), self.w_out)

    def step(self):
        x, y = self.batch(self.args.batch)
        loss = ((self.forward(x) - y) ** 2).mean(dim=(1, 2)).sum()
        self.opt.zero_grad(set_to_none=True)
        loss.backward()
        self.opt.step()
        self.sched.step()

    @torch.no_grad()
    def loss_per_feature(self):
        """Per model: plain Monte Carlo of the per-sample loss (mean over outputs), L/p."""
        models = self.w_in.shape[0]
        total = torch.zeros(models, dtype=torch.float64, device=self.args.device)
        remaining = self.args.eval_samples
        while remaining > 0:
            chunk = min(self.args.eval_chunk, remaining)
            x, y = self.batch(chunk)
            total += ((self.forward(x) - y) ** 2).mean(dim=2).double().sum(dim=1)
            remaining -= chunk
        return (total / self.args.eval_samples / self.args.p).tolist()


class Loop:
    """One model, trained the way the paper's code trains it (bench/peer/cc_torch.py), on the device."""

    def __init__(self, args, seed):
        self.args = args
        dev = args.device
        self.gen = torch.Generator(device=dev).manual_seed(seed)
        n, d = args.n, args.d
        self.mixing_t = (args.sigma * torch.randn(n, n, device=dev, generator=self.gen)).T.contiguous()
        # kaiming_uniform_(a=sqrt(5)) of a (rows, cols) tensor: fan_in = cols, W_in ~ U(+-1/sqrt(d)), W_out ~ U(+-1/sqrt(n))
        self.w_in = torch.nn.Parameter(torch.empty(n, d, device=dev).uniform_(-1 / math.sqrt(d), 1 / math.sqrt(d),
                                                                              generator=self.gen))
        self.w_out = torch.nn.Parameter(torch.empty(d, n, device=dev).uniform_(-1 / math.sqrt(n), 1 / math.sqrt(n),
                                                                               generator=self.gen))
        self.opt = torch.optim.AdamW([self.w_in, self.w_out], lr=3e-3, betas=(0.9, 0.999), eps=1e-8, weight_decay=1e-2)
        self.sched = torch.optim.lr_scheduler.CosineAnnealingLR(self.opt, T_max=args.steps)

    def batch(self, samples):
        shape = (samples, self.args.n)
        mask = torch.rand(shape, device=self.args.device, generator=self.gen) < self.args.p
        x = mask * (2 * torch.rand(shape, device=self.args.device, generator=self.gen) - 1)
        return x, F.relu(x) + x @ self.mixing_t

    def forward(self, x):
        return F.relu(x @ self.w_in) @ self.w_out

    def step(self):
        x, y = self.batch(self.args.batch)
        loss = F.mse_loss(self.forward(x), y)
        self.opt.zero_grad()
        loss.backward()
        self.opt.step()
        self.sched.step()

    @torch.no_grad()
    def loss_per_feature(self):
        total = 0.0
        remaining = self.args.eval_samples
        while remaining > 0:
            chunk = min(self.args.eval_chunk, remaining)
            x, y = self.batch(chunk)
            total += ((self.forward(x) - y) ** 2).mean(dim=1).double().sum().item()
            remaining -= chunk
        return [total / self.args.eval_samples / self.args.p]


def trainer(args, models, seed):
    return Loop(args, seed) if args.peer == "loop" else Stack(args, models, seed)


def synchronize(args):
    if args.device.startswith("cuda"):
        torch.cuda.synchronize()


def timed(args, models):
    """ms per step of `models` models trained at once, after warm-up steps."""
    training = trainer(args, models, args.seed)
    for _ in range(args.warmup):
        training.step()
    synchronize(args)
    start = time.perf_counter()
    for _ in range(args.timed):
        training.step()
    synchronize(args)
    return 1000 * (time.perf_counter() - start) / args.timed


def report(fields):
    print("PEER_RESULT " + " ".join(f"{k}={v}" for k, v in fields.items()), flush=True)


def main():
    args = parse_args()
    torch.backends.cuda.matmul.allow_tf32 = False
    torch.backends.cudnn.allow_tf32 = False
    sizes = [1] if args.peer == "loop" else args.models
    device_name = torch.cuda.get_device_name() if args.device.startswith("cuda") else "cpu"
    for models in sizes:
        common = {"peer": args.peer, "command": args.command, "models": models, "p": args.p, "sigma": args.sigma,
                  "batch": args.batch, "device": device_name.replace(" ", "_"), "torch": torch.__version__}
        if args.command == "timing":
            ms = timed(args, models)
            per_model = ms / models
            report({**common, "steps_timed": args.timed, "ms_per_step": f"{ms:.4f}",
                    "ms_per_step_per_model": f"{per_model:.6f}",
                    "trainings_per_hour": f"{3.6e6 / (per_model * args.steps):.1f}"})
        else:
            seeds = args.models[0] if args.peer == "loop" else 1
            lps = []
            start = time.perf_counter()
            for seed in range(seeds):
                training = trainer(args, models, args.seed + seed)
                for _ in range(args.steps):
                    training.step()
                lps += training.loss_per_feature()
            synchronize(args)
            seconds = time.perf_counter() - start
            mean = sum(lps) / len(lps)
            std = math.sqrt(sum((v - mean) ** 2 for v in lps) / (len(lps) - 1)) if len(lps) > 1 else float("nan")
            report({**common, "models": len(lps), "steps": args.steps, "seconds": f"{seconds:.2f}",
                    "lp_mean": f"{mean:.6g}", "lp_std": f"{std:.3g}", "eval_samples": args.eval_samples})


if __name__ == "__main__":
    main()

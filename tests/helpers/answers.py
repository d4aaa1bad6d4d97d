"""Answers shared by tests of both engines (invented fields only)."""

from __future__ import annotations

# A farrier's story told as one run-on chain of asides: rambling, on its topic.
FARRIER_RAMBLING = (
    "Shoeing is something I've always loved, ever since my uncle had a forge out near Thirsk, "
    "and I think the thing people don't realise is how much of it is about the horse's "
    "temperament, because you can be the best at the anvil and still get nowhere with a "
    "nervous youngster, and that was the case with a cob we had in last spring, a big "
    "coloured lad who'd been passed round three yards, and the owner had been told he was "
    "dangerous, which I don't really believe in, horses aren't dangerous, they're frightened, "
    "and anyway I started by just standing with him, then I did the fronts one day and left "
    "the hinds for the next visit, and I talked to the owner a lot about his feet, because "
    "his heels were under-run and the previous farrier had been leaving the toes long, which "
    "you see a lot round here, and I think it's because people rush, there's a lot of "
    "pressure on price in this area, and the vets don't always help either, though our vet "
    "is good, and in the end he was fine, he stands for me now, and the owner was pleased."
)

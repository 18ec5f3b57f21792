"""The hard rules, checked on a plan as numbers: what the greedy plan and the solver's plan must keep.

Written apart from the CP-SAT model and the greedy placement on purpose: a plan either
of them returns is checked here before it is laid out, so a bug in one shows up as a
broken rule, not as a program with a person in two places.
"""

from __future__ import annotations

from collections import Counter
from datetime import timedelta

from program.planner.instance import Instance


def broken_rules(instance: Instance, talks: dict[int, int], posters: dict[int, int]) -> list[str]:
    """Return each hard rule the plan breaks, in words (empty when it keeps them all)."""
    template = instance.template
    papers = instance.papers
    broken: list[str] = []
    for paper in range(len(papers)):
        session = posters.get(paper)
        if session is None or not 0 <= session < len(template.poster_blocks):
            broken.append(f"'{papers[paper].heading}' has no board")
    for session, count in sorted(Counter(posters.values()).items()):
        if 0 <= session < len(template.poster_blocks) and count > template.poster_blocks[session].boards:
            broken.append(f"session {session} has {count} posters on {template.poster_blocks[session].boards} boards")
    candidates = set(instance.candidates)
    for paper in talks:
        if paper not in candidates:
            broken.append(f"'{papers[paper].heading}' is a talk but not a candidate")
    filled = Counter(talks.values())
    for block, talk_block in enumerate(template.talk_blocks):
        if filled[block] != talk_block.talks:
            broken.append(f"block '{talk_block.name}' has {filled[block]} talks, not {talk_block.talks}")
    broken += [f"'{papers[paper].heading}' must be a talk" for paper in instance.must_talk if paper not in talks]
    broken += [f"'{papers[paper].heading}' must not be a talk" for paper in instance.must_not_talk if paper in talks]
    broken += _people(instance, talks, posters)
    broken += _groups(instance, talks, posters)
    return broken


def _people(instance: Instance, talks: dict[int, int], posters: dict[int, int]) -> list[str]:
    """Nobody in two places that are near (a person's posters may share a session), nor near a busy time."""
    template = instance.template
    buffer = template.constraints.buffer
    blocks = len(template.talk_blocks)
    places = instance.places
    broken = []
    for person, (name, own) in enumerate(instance.people):
        talk_places = [talks[paper] for paper in own if paper in talks]
        session_places = sorted({blocks + posters[paper] for paper in own if paper in posters})
        mine = sorted(talk_places) + session_places  # a block twice is two talks in it: near itself
        for position, place in enumerate(mine):
            for other in mine[position + 1 :]:
                if places[place].near(places[other], buffer):
                    broken.append(f"{name} is in two places at once ({place} and {other})")
        for entry in instance.busy.get(person, ()):
            gap = buffer if entry.buffered else timedelta(0)
            broken += [f"{name} is placed near {entry.what}" for place in mine if places[place].near(entry.span, gap)]
    return broken


def _groups(instance: Instance, talks: dict[int, int], posters: dict[int, int]) -> list[str]:
    broken = []
    for group, source in instance.together:
        if len({posters.get(paper) for paper in group}) > 1:
            broken.append(f"the together group at {source} is split over sessions")
        if len({talks[paper] for paper in group if paper in talks}) > 1:
            broken.append(f"the together group at {source} is split over talk blocks")
    for group, source in instance.apart:
        sessions = [posters.get(paper) for paper in group]
        blocks = [talks[paper] for paper in group if paper in talks]
        if len(set(sessions)) < len(sessions) or len(set(blocks)) < len(blocks):
            broken.append(f"the apart group at {source} shares a session or block")
    return broken

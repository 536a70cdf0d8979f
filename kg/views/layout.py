"""Where the graph page draws each entity: groups of closely linked entities, laid out once.

The page of a whole corpus holds thousands of entities; a force simulation
in the browser is slow to settle and leaves a knot in the middle. So the
layout is computed here, once and deterministically:

- the entities that take part in facts are split into communities
  (networkx's Louvain method, seeded), each laid out on its own (a seeded
  spring layout) in a disk that grows with its size;
- the disks are packed along a spiral, the largest in the middle, so each
  group is seen apart from the others;
- the entities that take part in no fact are spread evenly on a ring
  around them, where the page shows them only on request.
"""

import math

import networkx as nx
import numpy as np

#: the distance, in the page's units (pixels at zoom 1), given to one entity
SPACING = 130.0

#: the golden angle: consecutive points of a sunflower spiral never line up
_GOLDEN_ANGLE = math.pi * (3.0 - math.sqrt(5.0))


def _ordered(graph: nx.Graph) -> nx.Graph:
    """Return a copy of ``graph`` with its nodes and edges in sorted order.

    Seeded networkx algorithms give the same result only for the same order.
    """
    ordered = nx.Graph()
    ordered.add_nodes_from(sorted(graph.nodes))
    ordered.add_edges_from(sorted(tuple(sorted(e)) for e in graph.edges))
    return ordered


def communities(graph: nx.Graph, seed: int = 0) -> list[list]:
    """Return the communities of ``graph``, the largest first, each sorted.

    Louvain's method with a fixed seed, on the graph's nodes and edges in
    sorted order, so the same graph always gets the same groups.
    """
    ordered = _ordered(graph)
    found = nx.community.louvain_communities(ordered, seed=seed) if len(ordered) else []
    return sorted((sorted(group) for group in found), key=lambda group: (-len(group), group))


def group_radius(size: int) -> float:
    """Return the radius of the disk a group of ``size`` entities is drawn in."""
    return SPACING * 0.9 * math.sqrt(size)


def _within(graph: nx.Graph, seed: int) -> dict:
    """Lay out one group in a disk of radius 1 around the origin."""
    nodes = sorted(graph.nodes)
    if len(nodes) == 1:
        return {nodes[0]: (0.0, 0.0)}
    if len(nodes) == 2:
        return {nodes[0]: (-1.0, 0.0), nodes[1]: (1.0, 0.0)}
    found = nx.spring_layout(_ordered(graph), seed=seed)
    points = np.array([found[node] for node in nodes])
    points -= points.mean(axis=0)
    points /= max(float(np.hypot(*points.T).max()), 1e-9)  # the farthest at distance 1
    return {node: (float(x), float(y)) for node, (x, y) in zip(nodes, points, strict=True)}


def _pack(radii: list[float]) -> list[tuple[float, float]]:
    """Return the centres of disks of ``radii`` (largest first), packed along a spiral.

    Each disk goes to the first point of an outward spiral where it overlaps
    no disk placed before it; the spiral is walked in steps of a fraction of
    the spacing, from where the previous disk went.
    """
    centres = np.zeros((len(radii), 2))
    placed = np.array(radii, dtype=float)
    gap = SPACING * 0.5
    ring = SPACING  # the distance between turns of the spiral, over 2π
    step = SPACING * 0.25
    travelled = 0.0
    for number in range(1, len(radii)):
        while True:
            travelled += step
            # an Archimedean spiral r = ring·θ, walked at an even arc length
            theta = math.sqrt(2.0 * travelled / (ring / (2.0 * math.pi)))
            r = ring / (2.0 * math.pi) * theta
            point = np.array([r * math.cos(theta), r * math.sin(theta)])
            distances = np.hypot(*(centres[:number] - point).T)
            if np.all(distances >= placed[:number] + radii[number] + gap):
                centres[number] = point
                break
    return [(float(x), float(y)) for x, y in centres]


def _ring(nodes: list, inner: float) -> dict:
    """Spread ``nodes`` evenly on a ring that starts at radius ``inner`` (a sunflower spiral)."""
    found = {}
    area = (SPACING * 0.8) ** 2
    for number, node in enumerate(nodes):
        r = math.sqrt(inner * inner + number * area / math.pi)
        angle = number * _GOLDEN_ANGLE
        found[node] = (r * math.cos(angle), r * math.sin(angle))
    return found


def layout(graph: nx.Graph, alone: list, seed: int = 0) -> tuple[dict, dict]:
    """Return where to draw each entity, and the group each linked entity belongs to.

    Args:
        graph: the entities that take part in facts, linked by them.
        alone: the entities that take part in none, in the order to place them.
        seed: the seed of the community detection and of the spring layouts.

    Returns:
        ``(positions, groups)``: each entity's ``(x, y)``, rounded to a
        pixel; each linked entity's group number (0 is the largest).
    """
    found = communities(graph, seed)
    radii = [group_radius(len(group)) for group in found]
    positions, groups = {}, {}
    for number, (group, (cx, cy)) in enumerate(zip(found, _pack(radii), strict=True)):
        for node, (x, y) in _within(graph.subgraph(group), seed).items():
            positions[node] = (cx + x * radii[number], cy + y * radii[number])
            groups[node] = number
    edge = max((math.hypot(x, y) for x, y in positions.values()), default=0.0)
    positions.update(_ring(list(alone), edge + SPACING * 2 if positions else 0.0))
    rounded = {node: (round(x), round(y)) for node, (x, y) in positions.items()}
    return rounded, groups

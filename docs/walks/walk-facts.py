#!/usr/bin/env python3
"""Facts about the two walks measured by scripts/measure-walks.ts (docs/walks/round-one-baseline.md).

    python3 docs/walks/walk-facts.py WALKS.json DEPCRUISE.json

WALKS.json: `npx tsx scripts/measure-walks.ts --json` of the checkout; DEPCRUISE.json: `depcruise src --config
.dependency-cruiser.mjs --output-type json` of the same checkout (main's config; dependency-cruiser reads type-only
imports too). Prints, per walk: counts by layer, import cycles among the walk's files, imports among them that go up
a layer (core < adapters < application < http), imports from one route group into another, and the counting rules
tried against the issue's ~38 / 24. Standard library only.
"""
import collections
import json
import sys

RANK = {'core': 0, 'adapters': 1, 'application': 2, 'http': 3}


def import_graph(depcruise):
    edges = collections.defaultdict(dict)
    for module in depcruise['modules']:
        if not module['source'].startswith('src/'):
            continue
        for dep in module['dependencies']:
            if dep['resolved'].startswith('src/'):
                edges[module['source'][4:]][dep['resolved'][4:]] = dep['dependencyTypes']
    return edges


def cycles(files, edges):
    """Strongly connected components (more than one file) of the import graph restricted to the walk's files."""
    inside = set(files)
    index, low, stack, on_stack, found = {}, {}, [], set(), []

    def visit(v):
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for u in edges.get(v, {}):
            if u not in inside:
                continue
            if u not in index:
                visit(u)
                low[v] = min(low[v], low[u])
            elif u in on_stack:
                low[v] = min(low[v], index[u])
        if low[v] == index[v]:
            component = []
            while True:
                u = stack.pop()
                on_stack.discard(u)
                component.append(u)
                if u == v:
                    break
            if len(component) > 1:
                found.append(component)

    sys.setrecursionlimit(10000)
    for v in files:
        if v not in index:
            visit(v)
    return [[(a, b, edges[a][b]) for a in c for b in c if b in edges.get(a, {})] for c in found]


def rules(walk):
    files, hand = walk['files'], walk['byHand']
    pki_inside = lambda f: f.startswith('adapters/pki/') and f != 'adapters/pki/cms-verifier.ts'
    calendar = lambda f: f.startswith('core/calendar/')
    return {
        'R1 measured': len(files),
        'R2 by hand (PLUMBING, re-export files)': len(hand),
        'R3 measured without the database engine': len([f for f in files if f != 'adapters/db/pglite-database.ts']),
        'R4 by hand, PKI counted as one file (cms-verifier.ts)': len([f for f in hand if not pki_inside(f)]),
        'R5 by hand without core/calendar': len([f for f in hand if not calendar(f)]),
        'R6 by hand, PKI as one file, without core/calendar': len([f for f in hand if not pki_inside(f) and not calendar(f)]),
        'R7 by hand without src/core': len([f for f in hand if not f.startswith('core/')]),
    }


def main():
    walks = json.load(open(sys.argv[1]))
    edges = import_graph(json.load(open(sys.argv[2])))
    for walk in walks:
        files = walk['files']
        print(f"\n== {walk['name']}: {len(files)} measured, {len(walk['byHand'])} by hand")
        for label, listed in (('measured', files), ('by hand', walk['byHand'])):
            layers = collections.Counter(f.split('/')[0] for f in listed)
            adapters = collections.Counter('/'.join(f.split('/')[:2]) for f in listed if f.startswith('adapters/'))
            print(f"  by layer ({label}): {dict(sorted(layers.items()))}; adapters: {dict(sorted(adapters.items()))}")
        print('  import cycles among the walk files:', cycles(files, edges) or 'none')
        inside = set(files)
        up = [(a, b) for a in files for b in edges.get(a, {}) if b in inside and a.split('/')[0] in RANK
              and b.split('/')[0] in RANK and RANK[b.split('/')[0]] > RANK[a.split('/')[0]]]
        print('  imports going up a layer among the walk files:', up or 'none')
        cross = [(a, b) for a in files for b in edges.get(a, {})
                 if a.startswith('http/routes/') and b.startswith('http/routes/') and a.split('/')[2] != b.split('/')[2]]
        print('  a route group importing another:', cross or 'none')
        for name, count in rules(walk).items():
            print(f'  {name}: {count}')


if __name__ == '__main__':
    main()

SELECT cut FROM territory

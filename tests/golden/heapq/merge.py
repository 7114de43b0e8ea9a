# heapq: merge of sorted inputs, with key, reverse, and empty inputs
import heapq
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6], [])))
print(list(heapq.merge(["b", "ccc"], ["aa", "dddd"], key=len)))
print(list(heapq.merge([7, 4, 1], [8, 2], reverse=True)))
print(list(heapq.merge()))

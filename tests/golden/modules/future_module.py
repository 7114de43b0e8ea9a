# __future__ is importable: its features, their releases and flags, and the module's file name.
import __future__
print(__future__.annotations, __future__.all_feature_names[-1], __future__.__name__)
print(__future__.__file__.endswith('lib/python3.11/__future__.py'))
print(__future__.division.getMandatoryRelease(), __future__.CO_FUTURE_ANNOTATIONS)
print(len(__future__.__all__), sorted(__future__.all_feature_names)[:3])

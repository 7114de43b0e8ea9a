from .food import Food

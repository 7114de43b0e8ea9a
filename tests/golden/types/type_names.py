# The types module's names for builtin types match type() of their objects.
import types
def f(): pass
def g(): yield
async def co(): pass
async def ag(): yield
class C:
    def m(self): pass
print(types.FunctionType is type(f), types.LambdaType is type(lambda: 0))
print(types.GeneratorType is type(g()), types.AsyncGeneratorType is type(ag()))
c = co()
print(types.CoroutineType is type(c))
c.close()
print(types.MethodType is type(C().m), types.BuiltinFunctionType is type(len))
print(types.ModuleType is type(types), types.NoneType is type(None))
print(types.FunctionType, types.GeneratorType, types.NoneType, types.ModuleType)
print(isinstance(f, types.FunctionType), isinstance(len, types.FunctionType))

# Coil's asyncio protocols and transports' abstract bases (CPython 3.11
# Lib/asyncio/protocols.py, transports.py): the callbacks a transport calls.

__all__ = ('BaseProtocol', 'Protocol', 'DatagramProtocol',
           'SubprocessProtocol', 'BufferedProtocol', 'BaseTransport',
           'ReadTransport', 'WriteTransport', 'Transport',
           'DatagramTransport', 'SubprocessTransport')


class BaseProtocol:

    def connection_made(self, transport):
        pass

    def connection_lost(self, exc):
        pass

    def pause_writing(self):
        pass

    def resume_writing(self):
        pass


class Protocol(BaseProtocol):

    def data_received(self, data):
        pass

    def eof_received(self):
        pass


class BufferedProtocol(BaseProtocol):

    def get_buffer(self, sizehint):
        raise NotImplementedError

    def buffer_updated(self, nbytes):
        raise NotImplementedError

    def eof_received(self):
        pass


class DatagramProtocol(BaseProtocol):

    def datagram_received(self, data, addr):
        pass

    def error_received(self, exc):
        pass


class SubprocessProtocol(BaseProtocol):

    def pipe_data_received(self, fd, data):
        pass

    def pipe_connection_lost(self, fd, exc):
        pass

    def process_exited(self):
        pass


class BaseTransport:

    def __init__(self, extra=None):
        if extra is None:
            extra = {}
        self._extra = extra

    def get_extra_info(self, name, default=None):
        return self._extra.get(name, default)

    def is_closing(self):
        raise NotImplementedError

    def close(self):
        raise NotImplementedError

    def set_protocol(self, protocol):
        raise NotImplementedError

    def get_protocol(self):
        raise NotImplementedError


class ReadTransport(BaseTransport):

    def is_reading(self):
        raise NotImplementedError

    def pause_reading(self):
        raise NotImplementedError

    def resume_reading(self):
        raise NotImplementedError


class WriteTransport(BaseTransport):

    def writelines(self, list_of_data):
        data = b''.join(list_of_data)
        self.write(data)

    def can_write_eof(self):
        raise NotImplementedError


class Transport(ReadTransport, WriteTransport):
    pass


class DatagramTransport(BaseTransport):
    pass


class SubprocessTransport(BaseTransport):
    pass

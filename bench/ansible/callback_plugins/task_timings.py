# Writes each task's duration (seconds) as JSON lines to $KKT_BENCH_TIMINGS, like ansible.posix's
# profile_tasks does on screen; ansible-core alone ships no profiling callback.
import json
import os
import time

from ansible.plugins.callback import CallbackBase


class CallbackModule(CallbackBase):
    CALLBACK_VERSION = 2.0
    CALLBACK_TYPE = 'aggregate'
    CALLBACK_NAME = 'task_timings'
    CALLBACK_NEEDS_ENABLED = True

    def __init__(self):
        super().__init__()
        self._name = None
        self._start = None
        self._path = os.environ.get('KKT_BENCH_TIMINGS')

    def _flush(self):
        if self._name is not None and self._path:
            with open(self._path, 'a') as f:
                f.write(json.dumps({'task': self._name, 'seconds': time.monotonic() - self._start}) + '\n')
        self._name = None

    def v2_playbook_on_task_start(self, task, is_conditional):
        self._flush()
        self._name = task.get_name()
        self._start = time.monotonic()

    def v2_playbook_on_handler_task_start(self, task):
        self.v2_playbook_on_task_start(task, False)

    def v2_playbook_on_stats(self, stats):
        self._flush()

"""Recognition (OCR) of scanned attachments as background jobs editors can follow.

- `jobs`: the django-tasks jobs and `schedule`, which enqueues one after the upload's
  transaction commits, so the request answers at once;
- `run`: what a job does: progress per page, the text stored unless an editor
  corrected it, the file and the pages attaching it re-indexed, failures recorded;
- `views`, `listing`, `panels`: the admin's status column, re-run action and the
  status shown on a page's attachments.
"""

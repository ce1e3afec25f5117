"""The editor window (Qt). It binds widgets to the model and calls the core; the
sentences, dates and files are the core's business."""

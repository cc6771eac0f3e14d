"""What a person reads from the graph: the networkx view, selections, tracing, network
analysis, labels and the interactive pages.
"""

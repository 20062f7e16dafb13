package io.entwine.connector.jira.adf;

import java.util.List;

/** The canonical document both formats are read into and written from. */
record Doc(List<Block> blocks) {
    Doc {
        blocks = List.copyOf(blocks);
    }
}

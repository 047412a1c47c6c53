package cl.sit.agenda21.review;

import java.util.Map;

/** The open review comments per cell, for the Agenda 21 dashboard ({@link ReviewComments} in the application). */
public interface OpenComments {

    /** Open comments per layer and commune: key "layer|cut". */
    Map<String, Integer> openByCell();
}

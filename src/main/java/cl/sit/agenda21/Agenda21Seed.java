package cl.sit.agenda21;

import cl.sit.layer.LayerCreator;
import cl.sit.layer.LayerDefinition;
import cl.sit.layer.LayerTemplates;
import cl.sit.seed.SeedDataset;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Creates the 7 Agenda 21 layers from their templates on first start: one typed table each, owned feature by
 * feature by the communes, empty until the commune teams edit or import their cartography.
 */
@Component
class Agenda21Seed implements SeedDataset {

    private final LayerTemplates templates;
    private final LayerCreator creator;

    Agenda21Seed(LayerTemplates templates, LayerCreator creator) {
        this.templates = templates;
        this.creator = creator;
    }

    @Override
    public String name() {
        return "capas-agenda21";
    }

    @Override
    public String source() {
        return "Plantillas SIT (data/agenda21/plantillas.json)";
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public int load(JdbcTemplate jdbc) {
        for (LayerDefinition t : templates.all()) {
            creator.create(t, "sistema");
        }
        return templates.all().size();
    }
}

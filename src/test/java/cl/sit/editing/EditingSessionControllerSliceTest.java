package cl.sit.editing;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cl.sit.layer.AttributeType;
import cl.sit.layer.FixedLayerRegistry;
import cl.sit.layer.Layer;
import cl.sit.layer.LayerAttribute;
import cl.sit.layer.LayerRegistry;
import cl.sit.system.ApiSlice;
import cl.sit.system.SecurityWithoutAccountsSlice;
import cl.sit.territory.CommuneNames;
import cl.sit.users.GrantedCommunes;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code GET /api/editing/me} over in-memory layers, grants and communes, behind the application's security chain:
 * anonymous requests get 401 as JSON; an editor sees only the layers and communes granted to them, in the order of
 * the commune names, with the writable attributes (no read-only ones); an admin every commune of the seeded region
 * and no commune outside it; read-only layers never appear.
 */
@ApiSlice
@Import({EditingSessionController.class, EditingSessionControllerSliceTest.Stores.class})
class EditingSessionControllerSliceTest {

    static final String LAND_USE = "a21-uso-suelo";
    static final String WASTE = "a21-residuos";

    @Autowired
    MockMvc mvc;

    @Test
    void anonymousRequestsGetJson401() throws Exception {
        mvc.perform(get("/api/editing/me"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("Unauthorized"))
                .andExpect(jsonPath("$.description").value(containsString("autenticación")));
    }

    @Test
    void anEditorSeesTheGrantedLayersAndCommunesWithTheWritableAttributes() throws Exception {
        mvc.perform(get("/api/editing/me").with(user("ana").roles("EDITOR")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.usuario").value("ana"))
                .andExpect(jsonPath("$.admin").value(false))
                .andExpect(jsonPath("$.capas.length()").value(1))
                .andExpect(jsonPath("$.capas[0].id").value(LAND_USE))
                .andExpect(jsonPath("$.capas[0].titulo").value("Uso de suelo"))
                .andExpect(jsonPath("$.capas[0].tipo_geometria").value("MultiPolygon"))
                .andExpect(jsonPath("$.capas[0].style.fillColor").value("#d7ccc8"))
                // Ordered by name: Corral before Valdivia; Lanco is not granted.
                .andExpect(jsonPath("$.capas[0].comunas[0].cut").value("14102"))
                .andExpect(jsonPath("$.capas[0].comunas[0].nombre").value("Corral"))
                .andExpect(jsonPath("$.capas[0].comunas[1].cut").value("14101"))
                .andExpect(jsonPath("$.capas[0].comunas.length()").value(2))
                .andExpect(jsonPath("$.capas[0].atributos.length()").value(2))
                .andExpect(jsonPath("$.capas[0].atributos[0].nombre").value("uso"))
                .andExpect(jsonPath("$.capas[0].atributos[0].tipo").value("string"))
                .andExpect(jsonPath("$.capas[0].atributos[0].obligatorio").value(true))
                .andExpect(jsonPath("$.capas[0].atributos[0].dominio[1]").value("urbano"))
                .andExpect(jsonPath("$.capas[0].atributos[1].nombre").value("anio"))
                .andExpect(jsonPath("$.capas[0].atributos[1].minimo").value(1950.0))
                .andExpect(jsonPath("$.capas[0].geometria").doesNotExist())
                .andExpect(jsonPath("$.capas[0].estilo").doesNotExist());
    }

    @Test
    void anAdminEditsEveryCommuneOfTheSeededRegionAndNoReadOnlyLayer() throws Exception {
        mvc.perform(get("/api/editing/me").with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.admin").value(true))
                .andExpect(jsonPath("$.capas.length()").value(2))
                .andExpect(jsonPath("$.capas[?(@.id == 'comunas')]").isEmpty())
                .andExpect(jsonPath("$.capas[0].comunas.length()").value(3))
                .andExpect(jsonPath("$.capas[0].comunas[?(@.cut == '10101')]").isEmpty());
    }

    @Test
    void aUserWithoutGrantsSeesNoLayer() throws Exception {
        mvc.perform(get("/api/editing/me").with(user("ines").roles("INVERSION")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.usuario").value("ines"))
                .andExpect(jsonPath("$.capas.length()").value(0));
    }

    /** Two editable layers and a read-only one, four communes (one outside Los Ríos), grants for "ana". */
    @TestConfiguration(proxyBeanMethods = false)
    @Import({SecurityWithoutAccountsSlice.class, EditPermissions.class})
    static class Stores {

        @Bean
        LayerRegistry layerRegistry() {
            var style = JsonMapper.builder().build().readTree("{\"fillColor\":\"#d7ccc8\"}");
            List<LayerAttribute> attributes = List.of(
                    new LayerAttribute(
                            "uso",
                            AttributeType.STRING,
                            "Uso",
                            true,
                            List.of("rural", "urbano"),
                            40,
                            null,
                            null,
                            false),
                    new LayerAttribute(
                            "anio", AttributeType.INTEGER, "Año", false, List.of(), null, 1950.0, 2100.0, false),
                    new LayerAttribute(
                            Layer.OWNER_COLUMN,
                            AttributeType.STRING,
                            "Comuna",
                            false,
                            List.of(),
                            null,
                            null,
                            null,
                            true));
            return new FixedLayerRegistry(
                    new Layer(
                            LAND_USE,
                            "Uso de suelo",
                            "",
                            LAND_USE,
                            "id",
                            "MultiPolygon",
                            attributes,
                            style,
                            false,
                            "Prueba",
                            true,
                            true,
                            "agenda21"),
                    new Layer(
                            WASTE,
                            "Sitios de residuos",
                            "",
                            WASTE,
                            "id",
                            "Point",
                            List.of(),
                            null,
                            false,
                            "Prueba",
                            true,
                            true,
                            "agenda21"),
                    new Layer(
                            "comunas",
                            "Comunas",
                            "",
                            "comunas",
                            "id",
                            "MultiPolygon",
                            List.of(),
                            null,
                            false,
                            "Prueba",
                            true));
        }

        @Bean
        CommuneNames communeNames() {
            return () -> List.of(
                    new CommuneNames.Commune("10101", "Aaa fuera de Los Ríos"),
                    new CommuneNames.Commune("14102", "Corral"),
                    new CommuneNames.Commune("14103", "Lanco"),
                    new CommuneNames.Commune("14101", "Valdivia"));
        }

        @Bean
        GrantedCommunes grantedCommunes() {
            return (username, layerId) ->
                    username.equals("ana") && layerId.equals(LAND_USE) ? Set.of("14101", "14102") : Set.of();
        }

        @Bean
        PublishedCommunes publishedCommunes() {
            return layerId -> Set.of();
        }
    }
}

package org.pulseport.devices.headunit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.pulseport.devices.sim.GarminVolumeSimulator;

/** GarminDevice.xml: the model, unit id and the folders the unit declares, read from the file, never assumed. */
class GarminDeviceXmlTest {

    private static GarminDeviceDescription parse(String xml) {
        return GarminDeviceXml.parse(xml.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsModelUnitIdAndTheDeclaredFolders() {
        GarminDeviceDescription edge = parse(GarminVolumeSimulator.description("Edge 820", "3912345678"));
        assertThat(edge).isEqualTo(new GarminDeviceDescription("Edge 820", "3912345678",
                Optional.of("GARMIN/ACTIVITY"), Optional.of("GARMIN/WORKOUTS"), Optional.of("GARMIN/NEWFILES")));
        assertThat(edge.workoutInbox()).contains("GARMIN/NEWFILES");
    }

    @Test
    void takesWhateverFoldersTheUnitDeclaresWithoutANamespaceToo() {
        GarminDeviceDescription unit = parse("""
                <Device><Model><Description>Edge 305</Description></Model><Id>123</Id>
                  <MassStorageMode>
                    <DataType><Name>GPSData</Name><File><Location><Path>Garmin/GPX</Path></Location>
                      <TransferDirection>InputToUnit</TransferDirection></File></DataType>
                    <DataType><Name>FIT_TYPE_4</Name><File><Location><Path>Garmin\\History</Path></Location>
                      <TransferDirection>InputOutput</TransferDirection></File></DataType>
                    <DataType><Name>FIT_TYPE_5</Name><File><Location><Path>Garmin/Plans</Path></Location>
                      <TransferDirection>OutputFromUnit</TransferDirection></File></DataType>
                  </MassStorageMode></Device>""");
        assertThat(unit.activityPath()).contains("Garmin/History");
        assertThat(unit.newFilesPath()).isEmpty();
        assertThat(unit.workoutInbox()).contains("Garmin/Plans");
    }

    @Test
    void refusesDescriptionsWithoutAnIdBrokenXmlAndDoctypes() {
        assertThatThrownBy(() -> parse("<Device><Model/></Device>")).hasMessage("the device has no <Id>");
        assertThatThrownBy(() -> parse("<Device><Id>1</Id>")).hasMessageStartingWith("not well-formed XML");
        assertThatThrownBy(() -> parse("<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<Device><Id>&x;</Id></Device>")).hasMessageStartingWith("not well-formed XML");
        assertThatThrownBy(() -> parse("<Other><Id>1</Id></Other>")).hasMessageContaining("not <Device>");
    }
}

package vn.dtiplan.infrastructure.persistence;

import org.eclipse.persistence.annotations.BatchFetchType;
import org.eclipse.persistence.descriptors.DescriptorCustomizer;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.mappings.ForeignReferenceMapping;

/**
 * Reads the criteria of every pillar of a framework in one query ({@code IN} over the pillars read
 * together) instead of one query per pillar. A framework is read whole wherever an assessment is (the
 * unit's progress with its score projection, the scorecard, the board): eight pillars made eight
 * queries on every such request. Set here, on the persistence unit ({@code eclipselink.descriptor.customizer.Pillar}),
 * so the domain's mapping stays plain JPA.
 */
public class PillarCriteriaBatch implements DescriptorCustomizer {

    @Override
    public void customize(ClassDescriptor descriptor) {
        ((ForeignReferenceMapping) descriptor.getMappingForAttributeName("criteria")).setBatchFetchType(BatchFetchType.IN);
    }
}

/** The papers the experiments' teaching text cites, by id (each experiment lists the ones it uses). */
export interface Source {
  id: string;
  title: string;
  url?: string;
}

export const SOURCES = {
  hodgkin1952: { id: 'hodgkin1952', title: 'Hodgkin AL, Huxley AF. A quantitative description of membrane current and its application to conduction and excitation in nerve. J Physiol 1952;117:500-544', url: 'https://doi.org/10.1113/jphysiol.1952.sp004764' },
  hodgkin1949: { id: 'hodgkin1949', title: 'Hodgkin AL, Katz B. The effect of sodium ions on the electrical activity of the giant axon of the squid. J Physiol 1949;108:37-77', url: 'https://doi.org/10.1113/jphysiol.1949.sp004310' },
  wang1996: { id: 'wang1996', title: 'Wang XJ, Buzsáki G. Gamma oscillation by synaptic inhibition in a hippocampal interneuronal network model. J Neurosci 1996;16:6402-6413', url: 'https://doi.org/10.1523/JNEUROSCI.16-20-06402.1996' },
  pospischil2008: { id: 'pospischil2008', title: 'Pospischil M, Toledo-Rodriguez M, Monier C, et al. Minimal Hodgkin-Huxley type models for different classes of cortical and thalamic neurons. Biol Cybern 2008;99:427-441', url: 'https://doi.org/10.1007/s00422-008-0263-8' },
  destexhe1998: { id: 'destexhe1998', title: 'Destexhe A, Neubig M, Ulrich D, Huguenard J. Dendritic low-threshold calcium currents in thalamic relay cells. J Neurosci 1998;18:3574-3588', url: 'https://doi.org/10.1523/JNEUROSCI.18-10-03574.1998' },
  huguenard1992: { id: 'huguenard1992', title: 'Huguenard JR, McCormick DA. Simulation of the currents involved in rhythmic oscillations in thalamic relay neurons. J Neurophysiol 1992;68:1373-1383', url: 'https://doi.org/10.1152/jn.1992.68.4.1373' },
  rogawski2004: { id: 'rogawski2004', title: 'Rogawski MA, Löscher W. The neurobiology of antiepileptic drugs. Nat Rev Neurosci 2004;5:553-564', url: 'https://doi.org/10.1038/nrn1430' },
  kuo1998: { id: 'kuo1998', title: 'Kuo CC. A common anticonvulsant binding site for phenytoin, carbamazepine, and lamotrigine in neuronal Na+ channels. Mol Pharmacol 1998;54:712-721' },
  kuobean1994: { id: 'kuobean1994', title: 'Kuo CC, Bean BP. Slow binding of phenytoin to inactivated sodium channels in rat hippocampal neurons. Mol Pharmacol 1994;46:716-725' },
  zeng2016: { id: 'zeng2016', title: 'Zeng Z, Hill-Yardin EL, Williams D, et al. Effect of phenytoin on sodium conductances in rat hippocampal CA1 pyramidal neurons. J Neurophysiol 2016;116:1924-1936', url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC5144711' },
  errington2008: { id: 'errington2008', title: 'Errington AC, Stöhr T, Heers C, Lees G. The investigational anticonvulsant lacosamide selectively enhances slow inactivation of voltage-gated sodium channels. Mol Pharmacol 2008;73:157-169', url: 'https://doi.org/10.1124/mol.107.039867' },
  mccafferty2018: { id: 'mccafferty2018', title: 'McCafferty C, David F, Venzi M, et al. Cortical drive and thalamic feed-forward inhibition control thalamic output synchrony during absence seizures. Nat Neurosci 2018;21:744-756', url: 'https://doi.org/10.1038/s41593-018-0130-4' },
  huguenard2007: { id: 'huguenard2007', title: 'Huguenard JR, McCormick DA. Thalamic synchrony and dynamic regulation of global forebrain oscillations. Trends Neurosci 2007;30:350-356', url: 'https://pubmed.ncbi.nlm.nih.gov/17544519/' },
  coulter1989: { id: 'coulter1989', title: 'Coulter DA, Huguenard JR, Prince DA. Characterization of ethosuximide reduction of low-threshold calcium current in thalamic neurons. Ann Neurol 1989;25:582-593', url: 'https://doi.org/10.1002/ana.410250610' },
  cope2005: { id: 'cope2005', title: 'Cope DW, Hughes SW, Crunelli V. GABAA receptor-mediated tonic inhibition in thalamic neurons. J Neurosci 2005;25:11553-11563', url: 'https://www.ncbi.nlm.nih.gov/pubmed/16354913' },
  cope2009: { id: 'cope2009', title: 'Cope DW, Di Giovanni G, Fyson SJ, et al. Enhanced tonic GABAA inhibition in typical absence epilepsy. Nat Med 2009;15:1392-1398', url: 'https://doi.org/10.1038/nm.2058' },
  farrant2005: { id: 'farrant2005', title: 'Farrant M, Nusser Z. Variations on an inhibitory theme: phasic and tonic activation of GABAA receptors. Nat Rev Neurosci 2005;6:215-229', url: 'https://doi.org/10.1038/nrn1625' },
  twyman1989: { id: 'twyman1989', title: 'Twyman RE, Rogers CJ, Macdonald RL. Differential regulation of gamma-aminobutyric acid receptor channels by diazepam and phenobarbital. Ann Neurol 1989;25:213-220', url: 'https://doi.org/10.1002/ana.410250302' },
  skerritt1984: { id: 'skerritt1984', title: 'Skerritt JH, Macdonald RL. Benzodiazepine receptor ligand actions on GABA responses. Benzodiazepines, CL 218872, zopiclone. Eur J Pharmacol 1984;101:127-134', url: 'https://pubmed.ncbi.nlm.nih.gov/6086357/' },
  mathers2007: { id: 'mathers2007', title: 'Mathers DA, Wan X, Puil E. Barbiturate activation and modulation of GABA(A) receptors in neocortex. Neuropharmacology 2007;52:1160-1168', url: 'https://doi.org/10.1016/j.neuropharm.2006.12.004' },
  golomb2007: { id: 'golomb2007', title: 'Golomb D. Neuronal synchrony measures. Scholarpedia 2007;2(1):1347', url: 'http://www.scholarpedia.org/article/Neuronal_synchrony_measures' },
  yu2006: { id: 'yu2006', title: 'Yu FH, Mantegazza M, Westenbroek RE, et al. Reduced sodium current in GABAergic interneurons in a mouse model of severe myoclonic epilepsy in infancy. Nat Neurosci 2006;9:1142-1149', url: 'https://doi.org/10.1038/nn1754' },
  catterall2010: { id: 'catterall2010', title: 'Catterall WA, Kalume F, Oakley JC. NaV1.1 channels and epilepsy. J Physiol 2010;588:1849-1859', url: 'https://doi.org/10.1113/jphysiol.2010.187484' },
  benari2002: { id: 'benari2002', title: 'Ben-Ari Y. Excitatory actions of GABA during development: the nature of the nurture. Nat Rev Neurosci 2002;3:728-739', url: 'https://doi.org/10.1038/nrn920' },
  dzhala2005: { id: 'dzhala2005', title: 'Dzhala VI, Talos DM, Sdrulla DA, et al. NKCC1 transporter facilitates seizures in the developing brain. Nat Med 2005;11:1205-1213', url: 'https://doi.org/10.1038/nm1301' },
  heinemann1977: { id: 'heinemann1977', title: 'Heinemann U, Lux HD. Ceiling of stimulus induced rises in extracellular potassium concentration in the cerebral cortex of cat. Brain Res 1977;120:231-249', url: 'https://doi.org/10.1016/0006-8993(77)90903-9' },
  hille2001: { id: 'hille2001', title: 'Hille B. Ion Channels of Excitable Membranes, 3rd ed. Sunderland MA: Sinauer; 2001' },
} as const satisfies Record<string, Source>;

export type SourceId = keyof typeof SOURCES;
